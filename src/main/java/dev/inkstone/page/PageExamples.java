package dev.inkstone.page;

/** Request and response examples for the OpenAPI document: a Chinese "关于" page and an English "About". */
final class PageExamples {

    static final String INPUT = """
            {
              "title": "关于",
              "slug": "关于",
              "status": "published",
              "markdown": "老范的博客，写**中国故事**和科技评论。",
              "parentId": null,
              "menuOrder": 10,
              "authors": ["laofan"],
              "seo": {"title": "关于 | 老范的博客", "description": "老范是谁，这个博客写什么"}
            }""";

    static final String INPUT_EN = """
            {
              "title": "Our team",
              "slug": "team",
              "status": "published",
              "markdown": "Who writes here, and why.",
              "parentId": 5,
              "menuOrder": 20,
              "authors": ["Jane Doe"],
              "seo": {"canonicalUrl": "https://blog.example.com/about/team", "noindex": false}
            }""";

    static final String PAGE = """
            {
              "id": 5,
              "slug": "关于",
              "title": "关于",
              "status": "published",
              "publishedAt": "2026-01-13T00:00:00Z",
              "createdAt": "2026-01-13T00:00:00Z",
              "updatedAt": "2026-01-14T03:39:17.728Z",
              "markdown": "老范的博客，写**中国故事**和科技评论。",
              "html": "<p>老范的博客，写<strong>中国故事</strong>和科技评论。</p>",
              "excerpt": "老范的博客，写中国故事和科技评论。",
              "readingMinutes": 1,
              "wordCount": 17,
              "featuredImage": null,
              "parentId": null,
              "path": ["关于"],
              "menuOrder": 10,
              "authors": [{"id": 3, "slug": "laofan", "name": "老范", "avatar": null}],
              "seo": {"title": "关于 | 老范的博客", "description": "老范是谁，这个博客写什么", "canonicalUrl": null,
                      "ogImage": null, "noindex": false},
              "version": 1
            }""";

    static final String PAGE_EN = """
            {
              "id": 6,
              "slug": "team",
              "title": "Our team",
              "status": "published",
              "publishedAt": "2026-01-13T00:00:00Z",
              "createdAt": "2026-01-13T00:00:00Z",
              "updatedAt": "2026-01-13T00:00:00Z",
              "markdown": "Who writes here, and why.",
              "html": "<p>Who writes here, and why.</p>",
              "excerpt": "Who writes here, and why.",
              "readingMinutes": 1,
              "wordCount": 5,
              "featuredImage": null,
              "parentId": 5,
              "path": ["about", "team"],
              "menuOrder": 20,
              "authors": [{"id": 4, "slug": "jane-doe", "name": "Jane Doe", "avatar": null}],
              "seo": {"title": null, "description": null, "canonicalUrl": "https://blog.example.com/about/team",
                      "ogImage": null, "noindex": false},
              "version": 1
            }""";

    static final String LIST = """
            {
              "items": [
                {"id": 5, "slug": "about", "title": "About", "status": "published",
                 "publishedAt": "2026-01-13T00:00:00Z", "createdAt": "2026-01-13T00:00:00Z",
                 "updatedAt": "2026-01-13T00:00:00Z", "markdown": null, "html": null,
                 "excerpt": "老范的博客，写中国故事和科技评论。", "readingMinutes": 1, "wordCount": 17,
                 "featuredImage": null, "parentId": null, "path": ["about"], "menuOrder": 10,
                 "authors": [], "seo": {"title": null, "description": null, "canonicalUrl": null, "ogImage": null,
                 "noindex": false}, "version": 1},
                {"id": 6, "slug": "team", "title": "Our team", "status": "published",
                 "publishedAt": "2026-01-13T00:00:00Z", "createdAt": "2026-01-13T00:00:00Z",
                 "updatedAt": "2026-01-13T00:00:00Z", "markdown": null, "html": null,
                 "excerpt": "Who writes here, and why.", "readingMinutes": 1, "wordCount": 5,
                 "featuredImage": null, "parentId": 5, "path": ["about", "team"], "menuOrder": 20,
                 "authors": [], "seo": {"title": null, "description": null, "canonicalUrl": null, "ogImage": null,
                 "noindex": false}, "version": 1}
              ],
              "page": {"number": 1, "perPage": 10, "totalItems": 2, "totalPages": 1},
              "nextCursor": null
            }""";

    private PageExamples() {
    }
}
