package dev.inkstone.search;

/** Example bodies for the OpenAPI document. */
final class SearchExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "id": 42,
                  "type": "post",
                  "slug": "china-ai-innovation",
                  "path": null,
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
              "nextCursor": null,
              "relaxed": false
            }
            """;

    static final String RELAXED = """
            {
              "items": [
                {
                  "id": 311,
                  "type": "post",
                  "slug": "java-memory-leak-in-production",
                  "path": null,
                  "title": "Troubleshooting Java memory leaks in production 生产环境 Java 内存泄漏排查",
                  "excerpt": "How we found a leak with heap dumps. 我们如何用堆转储找到泄漏。",
                  "publishedAt": "2026-03-02T00:00:00Z",
                  "tags": [{"id": 3, "slug": "java", "name": "Java"}],
                  "categories": [],
                  "score": 5.02,
                  "highlights": {
                    "title": "Troubleshooting <mark>Java</mark> memory leaks in production <mark>生产环境</mark> <mark>Java</mark> <mark>内存</mark>泄漏排查",
                    "body": "…<mark>生产环境</mark>的 <mark>Java</mark> 进程…"
                  }
                }
              ],
              "page": {"number": 1, "perPage": 10, "totalItems": 1, "totalPages": 1, "totalItemsExact": true},
              "nextCursor": null,
              "relaxed": true
            }
            """;

    /** type=post,page: a page and a post ranked together. */
    static final String PAGES = """
            {
              "items": [
                {
                  "id": 5,
                  "type": "page",
                  "slug": "contact",
                  "path": ["about", "contact"],
                  "title": "联系我们 Contact us",
                  "excerpt": "投稿、合作与转载请写信给编辑部。 Write to the editors about submissions and reprints.",
                  "publishedAt": "2026-01-02T00:00:00Z",
                  "tags": [],
                  "categories": [],
                  "score": 6.12,
                  "highlights": {
                    "title": "<mark>联系</mark>我们 <mark>Contact</mark> us",
                    "body": "…请<mark>联系</mark>编辑部…"
                  }
                },
                {
                  "id": 42,
                  "type": "post",
                  "slug": "how-to-reach-the-editors",
                  "path": null,
                  "title": "How to contact the editors 如何联系编辑",
                  "excerpt": "Where to send tips. 线索请寄往何处。",
                  "publishedAt": "2026-02-10T00:00:00Z",
                  "tags": [{"id": 9, "slug": "meta", "name": "本站"}],
                  "categories": [],
                  "score": 4.87,
                  "highlights": {
                    "title": "How to <mark>contact</mark> the editors 如何<mark>联系</mark>编辑",
                    "body": "…"
                  }
                }
              ],
              "page": {"number": 1, "perPage": 10, "totalItems": 2, "totalPages": 1, "totalItemsExact": true},
              "nextCursor": null,
              "relaxed": false
            }
            """;

    static final String SUGGEST_CHINESE = """
            {"items": [
              {"text": "数据库", "kind": "tag"},
              {"text": "数据库连接池调优", "kind": "title"}
            ]}
            """;

    static final String SUGGEST_PINYIN = """
            {"items": [
              {"text": "数据库", "kind": "tag"},
              {"text": "数据库连接池调优", "kind": "title"}
            ]}
            """;

    static final String SUGGEST_ENGLISH = """
            {"items": [
              {"text": "Elasticsearch", "kind": "tag"},
              {"text": "Elasticsearch in production", "kind": "title"}
            ]}
            """;

    private SearchExamples() {
    }
}
