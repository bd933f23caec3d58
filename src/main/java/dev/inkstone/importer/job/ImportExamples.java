package dev.inkstone.importer.job;

/** Examples for the OpenAPI document. */
final class ImportExamples {

    static final String PATH = """
            {"path": "wordpress/blog.wordpress.xml"}""";

    static final String WORDPRESS = """
            {"url": "https://blog.example.com", "fetchMedia": true}""";

    static final String WORDPRESS_DRAFTS = """
            {"url": "https://laofan.example.cn/博客", "username": "老范",
             "applicationPassword": "abcd EFGH 1234 ijkl MNOP 5678", "fetchMedia": true, "dryRun": true}""";

    static final String WORDPRESS_JOB = """
            {
              "id": 8,
              "status": "queued",
              "format": "wordpress",
              "source": "https://blog.example.com/",
              "dryRun": false,
              "total": null,
              "processed": 0,
              "created": 0,
              "updated": 0,
              "unchanged": 0,
              "skipped": 0,
              "missing": 0,
              "failed": 0,
              "error": null,
              "createdAt": "2026-01-14T03:39:17Z",
              "startedAt": null,
              "finishedAt": null
            }""";

    static final String WORDPRESS_PRIVATE = """
            {
              "type": "/problems/invalid-content",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "the host intranet.example resolves to 10.0.0.7, a loopback, private, link-local or \
            metadata address; imports may not call into the server's own network (INKSTONE_IMPORT_ALLOW_PRIVATE=true \
            allows it)",
              "instance": "/api/v1/imports/wordpress",
              "errors": [{"field": "url", "message": "the host intranet.example resolves to 10.0.0.7, a loopback, \
            private, link-local or metadata address; imports may not call into the server's own network \
            (INKSTONE_IMPORT_ALLOW_PRIVATE=true allows it)"}]
            }""";

    static final String JOB = """
            {
              "id": 7,
              "status": "running",
              "format": "wxr",
              "source": "laofan.wordpress.xml",
              "dryRun": false,
              "total": 120,
              "processed": 57,
              "created": 50,
              "updated": 2,
              "unchanged": 3,
              "skipped": 2,
              "missing": 9,
              "failed": 0,
              "error": null,
              "createdAt": "2026-01-14T03:39:17Z",
              "startedAt": "2026-01-14T03:39:17Z",
              "finishedAt": null
            }""";

    static final String CANCELLED = """
            {
              "id": 7,
              "status": "cancelled",
              "format": "wxr",
              "source": "laofan.wordpress.xml",
              "dryRun": false,
              "total": 120,
              "processed": 57,
              "created": 50,
              "updated": 2,
              "unchanged": 3,
              "skipped": 2,
              "missing": 9,
              "failed": 0,
              "error": "cancelled while running after 57 items; stops after the current one",
              "createdAt": "2026-01-14T03:39:17Z",
              "startedAt": "2026-01-14T03:39:17Z",
              "finishedAt": "2026-01-14T03:40:02Z"
            }""";

    static final String ITEMS = """
            {
              "items": [
                {"id": 301, "type": "category", "sourceKey": "category:中国故事", "title": "中国故事",
                 "outcome": "created", "reason": null, "resourceId": 3, "slug": "中国故事"},
                {"id": 302, "type": "post", "sourceKey": "https://lukefan.com/?p=4242",
                 "title": "中国顶尖大脑闭门承认：算力差距高达百倍", "outcome": "created", "reason": null,
                 "resourceId": 42, "slug": "china-ai-innovation-challenges-us-competition-future"},
                {"id": 303, "type": "image", "sourceKey": "https://lukefan.com/?p=4242#featured",
                 "title": "https://pictures.lukefan.com/china-ai-innovation/blog_1.jpeg", "outcome": "missing",
                 "reason": "featured image: images not stored", "resourceId": null, "slug": null},
                {"id": 304, "type": "page", "sourceKey": "https://lukefan.com/?page_id=2", "title": "关于",
                 "outcome": "skipped", "reason": "pages are not imported: Inkstone holds blog posts only",
                 "resourceId": null, "slug": null}
              ],
              "page": {"number": 1, "perPage": 10, "totalItems": 4, "totalPages": 1},
              "nextCursor": null
            }""";

    private ImportExamples() {
    }
}
