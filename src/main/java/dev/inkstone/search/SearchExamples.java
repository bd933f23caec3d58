package dev.inkstone.search;

/** Example bodies for the OpenAPI document. */
final class SearchExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "id": 42,
                  "slug": "china-ai-innovation",
                  "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
                  "excerpt": "中国企业超越美国同行的机会不超过20%。",
                  "publishedAt": "2026-01-13T00:00:00Z",
                  "tags": [{"id": 7, "slug": "deepseek", "name": "DeepSeek"}],
                  "categories": [{"id": 12, "slug": "墙国的奇葩商业故事", "name": "墙国的奇葩商业故事",
                                  "path": ["中国故事", "墙国的奇葩商业故事"]}],
                  "score": 7.31,
                  "highlights": {
                    "title": "中国顶尖大脑闭门承认：<mark>算力</mark>差距高达百倍",
                    "body": "与会者估计，双方在<mark>算力</mark>上的差距是百倍量级。"
                  }
                }
              ],
              "page": {"number": 1, "perPage": 10, "totalItems": 1, "totalPages": 1, "totalItemsExact": true},
              "nextCursor": null
            }
            """;

    private SearchExamples() {
    }
}
