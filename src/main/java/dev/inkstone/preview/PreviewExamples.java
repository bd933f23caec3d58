package dev.inkstone.preview;

/** Examples for the OpenAPI document. */
final class PreviewExamples {

    static final String INPUT = """
            {"expiresIn": "PT1H"}""";

    static final String INPUT_WEEK = """
            {"expiresIn": "P7D"}""";

    static final String CREATED = """
            {"id": 4, "postId": 42, "token": "inkp_q8V7sYx3m0bQ0Vnq1Zb8sH3kT6fJ2wLr4dE9uCpA5yI",
             "url": "/api/v1/previews/inkp_q8V7sYx3m0bQ0Vnq1Zb8sH3kT6fJ2wLr4dE9uCpA5yI",
             "expiresAt": "2026-01-14T04:39:17Z"}""";

    static final String CREATED_EN = """
            {"id": 9, "postId": 5, "token": "inkp_Zr0hT1mW4kQy7bN2cV5xJ8pL3sD6fG9aE0uI2oK4nM1",
             "url": "https://blog.example/preview/inkp_Zr0hT1mW4kQy7bN2cV5xJ8pL3sD6fG9aE0uI2oK4nM1",
             "expiresAt": "2026-02-08T10:00:00Z"}""";

    static final String PAGE = """
            {"items": [{"id": 4, "postId": 42, "createdAt": "2026-01-14T03:39:17Z",
               "expiresAt": "2026-01-14T04:39:17Z", "createdBy": "editor-laofan"}],
             "page": {"number": 1, "perPage": 10, "totalItems": 1, "totalPages": 1}, "nextCursor": null}""";

    static final String PAGE_EN = """
            {"items": [], "page": {"number": 1, "perPage": 10, "totalItems": 0, "totalPages": 1},
             "nextCursor": null}""";

    static final String POST = """
            {"id": 42, "slug": "china-ai-innovation", "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
             "status": "draft", "publishedAt": null, "createdAt": "2026-01-14T03:39:17Z",
             "updatedAt": "2026-01-14T03:39:17Z", "markdown": "## 背景\\n\\n中国企业超越美国同行的机会不超过20%。",
             "html": "<h2 id=\\"背景\\">背景</h2>\\n<p>中国企业超越美国同行的机会不超过20%。</p>\\n",
             "excerpt": "中国企业超越美国同行的机会不超过20%。", "readingMinutes": 1, "wordCount": 23,
             "featuredImage": null, "tags": [], "categories": [], "sourceUrl": null,
             "authors": [{"id": 3, "slug": "老范", "name": "老范", "avatar": null}], "version": 2}""";

    static final String POST_EN = """
            {"id": 5, "slug": "release-notes", "title": "Release notes", "status": "scheduled",
             "publishedAt": "2026-02-02T08:00:00Z", "createdAt": "2026-02-01T09:00:00Z",
             "updatedAt": "2026-02-01T10:00:00Z", "markdown": "What changed in 2.0.",
             "html": "<p>What changed in 2.0.</p>\\n", "excerpt": "What changed in 2.0.", "readingMinutes": 1,
             "wordCount": 4, "featuredImage": null, "tags": [], "categories": [], "sourceUrl": null, "authors": [],
             "version": 1}""";

    private PreviewExamples() {
    }
}
