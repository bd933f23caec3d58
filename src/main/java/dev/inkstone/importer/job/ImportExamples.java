package dev.inkstone.importer.job;

/** Examples for the OpenAPI document. */
final class ImportExamples {

    static final String PATH = """
            {"path": "wordpress/blog.wordpress.xml"}""";

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
