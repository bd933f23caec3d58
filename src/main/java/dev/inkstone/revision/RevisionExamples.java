package dev.inkstone.revision;

/** Examples for the OpenAPI document. */
final class RevisionExamples {

    static final String PAGE = """
            {"items": [
              {"id": 31, "postId": 42, "postVersion": 3, "createdAt": "2026-01-14T03:39:17Z",
               "actor": "editor-laofan", "changedFields": ["title", "markdown"]},
              {"id": 30, "postId": 42, "postVersion": 2, "createdAt": "2026-01-13T09:00:00Z",
               "actor": "import 12", "changedFields": ["tags"]},
              {"id": 29, "postId": 42, "postVersion": 1, "createdAt": "2026-01-13T08:00:00Z",
               "actor": "editor-laofan", "changedFields": ["title", "slug", "status", "publishedAt", "markdown",
               "excerpt", "tags"]}],
             "page": {"number": 1, "perPage": 10, "totalItems": 3, "totalPages": 1}, "nextCursor": null}""";

    static final String PAGE_EN = """
            {"items": [
              {"id": 8, "postId": 5, "postVersion": 2, "createdAt": "2026-02-01T10:00:00Z",
               "actor": "ci-bot", "changedFields": ["status", "publishedAt"]}],
             "page": {"number": 1, "perPage": 1, "totalItems": 2, "totalPages": 2},
             "nextCursor": "eyJzIjoiLWNyZWF0ZWRBdCJ9"}""";

    static final String REVISION = """
            {"id": 29, "postId": 42, "postVersion": 1, "createdAt": "2026-01-13T08:00:00Z", "actor": "editor-laofan",
             "changedFields": ["title", "slug", "status", "publishedAt", "markdown", "excerpt", "tags"],
             "post": {"title": "中国顶尖大脑闭门承认：算力差距高达百倍", "slug": "china-ai-innovation",
               "status": "published", "publishedAt": "2026-01-13T08:00:00Z",
               "markdown": "## 背景：AGI Next 闭门峰会\\n\\n中国企业超越美国同行的机会不超过20%。",
               "excerpt": "中国企业超越美国同行的机会不超过20%。", "featuredImage": null,
               "tags": [{"id": 7, "slug": "deepseek", "name": "DeepSeek"}], "categories": [],
               "authors": [{"id": 3, "slug": "老范", "name": "老范"}]}}""";

    static final String REVISION_EN = """
            {"id": 8, "postId": 5, "postVersion": 2, "createdAt": "2026-02-01T10:00:00Z", "actor": "ci-bot",
             "changedFields": ["status", "publishedAt"],
             "post": {"title": "Release notes", "slug": "release-notes", "status": "scheduled",
               "publishedAt": "2026-02-02T08:00:00Z", "markdown": "What changed in 2.0.", "excerpt": "What changed.",
               "featuredImage": 12, "tags": [],
               "categories": [{"id": 3, "slug": "news", "name": "News"}],
               "authors": [{"id": 4, "slug": "jane-doe", "name": "Jane Doe"}]}}""";

    static final String DIFF = """
            {"revisionId": 29, "against": "current",
             "fields": [{"field": "title", "from": "中国顶尖大脑闭门承认：算力差距高达百倍", "to": "新标题"}],
             "terms": [{"field": "tags", "from": [{"id": 7, "slug": "deepseek", "name": "DeepSeek"}],
                        "to": [{"id": 7, "slug": "deepseek", "name": "DeepSeek"},
                               {"id": 9, "slug": "算力", "name": "算力"}]}],
             "markdownChanged": true,
             "markdownDiff": ["--- revision 29", "+++ current", "@@ -1,3 +1,3 @@", " ## 背景：AGI Next 闭门峰会", " ",
               "-中国企业超越美国同行的机会不超过20%。", "+中国企业超越美国同行的机会不超过两成。"]}""";

    static final String DIFF_EN = """
            {"revisionId": 7, "against": "8",
             "fields": [{"field": "status", "from": "draft", "to": "scheduled"},
               {"field": "publishedAt", "from": null, "to": "2026-02-02T08:00:00Z"}],
             "terms": [], "markdownChanged": false, "markdownDiff": []}""";

    private RevisionExamples() {
    }
}
