package dev.inkstone.redirect;

/** Request and response examples for the OpenAPI document, a Chinese permalink among them. */
final class RedirectExamples {

    static final String LOOKUP = """
            {"id": 5, "path": "/2026/01/13/%E4%B8%AD%E5%9B%BD%E9%A1%B6%E5%B0%96%E5%A4%A7%E8%84%91/", "status": 301,
             "targetPath": null,
             "target": {"type": "post", "id": 42, "slug": "china-ai-innovation-challenges-us-competition-future"},
             "origin": "import", "createdAt": "2026-01-14T03:39:17Z"}""";

    static final String LOOKUP_EN = """
            {"id": 6, "path": "/about-us/", "status": 302, "targetPath": "/about/", "target": null,
             "origin": "admin", "createdAt": "2026-01-15T09:12:00Z"}""";

    static final String PAGE = """
            {"items": [
              {"id": 6, "path": "/about-us/", "status": 302, "targetPath": "/about/", "target": null,
               "origin": "admin", "createdAt": "2026-01-15T09:12:00Z"},
              {"id": 7, "path": "/tag/机器学习/", "status": 301, "targetPath": null,
               "target": {"type": "tag", "id": 9, "slug": "机器学习"}, "origin": "admin",
               "createdAt": "2026-01-15T09:13:00Z"}],
             "page": {"number": 1, "perPage": 10, "totalItems": 2, "totalPages": 1}, "nextCursor": null}""";

    static final String INPUT = """
            {"path": "/2019/03/旧的文章/", "status": 301, "target": {"type": "post", "id": 42}}""";

    static final String INPUT_EN = """
            {"path": "/about-us/", "status": 302, "targetPath": "/about/"}""";

    private RedirectExamples() {
    }
}
