package dev.inkstone.post;

/** Request and response examples for the OpenAPI document: a Chinese post like the ones Inkstone grew from. */
final class PostExamples {

    static final String INPUT = """
            {
              "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
              "slug": "china-ai-innovation-challenges-us-competition-future",
              "status": "published",
              "publishedAt": "2026-01-13T00:00:00Z",
              "markdown": "## 背景：AGI Next 闭门峰会\\n\\n中国企业超越美国同行的机会不超过20%。",
              "tags": ["deepseek", "AI Agent", "自主學習"],
              "categories": ["aigc", "墙国的奇葩商业故事"],
              "sourceUrl": "https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/",
              "authors": ["老范"]
            }""";

    static final String POST = """
            {
              "id": 42,
              "slug": "china-ai-innovation-challenges-us-competition-future",
              "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
              "status": "published",
              "publishedAt": "2026-01-13T00:00:00Z",
              "createdAt": "2026-01-14T03:39:17.728Z",
              "updatedAt": "2026-01-14T03:39:17.728Z",
              "markdown": "## 背景：AGI Next 闭门峰会\\n\\n中国企业超越美国同行的机会不超过20%。",
              "html": "<h2 id=\\"背景agi-next-闭门峰会\\">背景：AGI Next 闭门峰会</h2><p>中国企业超越美国同行的机会不超过20%。</p>",
              "excerpt": "中国企业超越美国同行的机会不超过20%。",
              "readingMinutes": 1,
              "wordCount": 25,
              "featuredImage": null,
              "tags": [
                {"id": 7, "slug": "deepseek", "name": "deepseek"},
                {"id": 8, "slug": "ai-agent", "name": "AI Agent"},
                {"id": 9, "slug": "自主學習", "name": "自主學習"}
              ],
              "categories": [
                {"id": 1, "slug": "aigc", "name": "AIGC", "path": ["AIGC"]},
                {"id": 3, "slug": "墙国的奇葩商业故事", "name": "墙国的奇葩商业故事", "path": ["中国故事", "墙国的奇葩商业故事"]}
              ],
              "sourceUrl": "https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/",
              "authors": [{"id": 3, "slug": "老范", "name": "老范", "avatar": null}],
              "version": 1
            }""";

    static final String PAGE = """
            {
              "items": [{
                "id": 42,
                "slug": "china-ai-innovation-challenges-us-competition-future",
                "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
                "status": "published",
                "publishedAt": "2026-01-13T00:00:00Z",
                "createdAt": "2026-01-14T03:39:17.728Z",
                "updatedAt": "2026-01-14T03:39:17.728Z",
                "markdown": null,
                "html": null,
                "excerpt": "中国企业超越美国同行的机会不超过20%。",
                "readingMinutes": 1,
                "wordCount": 25,
                "featuredImage": null,
                "tags": [{"id": 7, "slug": "deepseek", "name": "deepseek"}],
                "categories": [{"id": 1, "slug": "aigc", "name": "AIGC", "path": ["AIGC"]}],
                "sourceUrl": null,
                "authors": [],
                "version": 1
              }],
              "page": {"number": 1, "perPage": 10, "totalItems": 1, "totalPages": 1},
              "nextCursor": null
            }""";

    static final String INPUT_EN = """
            {
              "title": "Notes on running a small blog on a headless CMS",
              "slug": "notes-on-a-headless-blog",
              "status": "draft",
              "markdown": "## Why headless\\n\\nThe frontend changes every year; the posts should not.",
              "tags": ["cms", "static-sites"],
              "categories": ["engineering"]
            }""";

    static final String POST_EN = """
            {
              "id": 43,
              "slug": "notes-on-a-headless-blog",
              "title": "Notes on running a small blog on a headless CMS",
              "status": "draft",
              "publishedAt": null,
              "createdAt": "2026-01-15T09:12:00Z",
              "updatedAt": "2026-01-15T09:12:00Z",
              "markdown": "## Why headless\\n\\nThe frontend changes every year; the posts should not.",
              "html": "<h2 id=\\"why-headless\\">Why headless</h2><p>The frontend changes every year; the posts \
            should not.</p>",
              "excerpt": "The frontend changes every year; the posts should not.",
              "readingMinutes": 1,
              "wordCount": 12,
              "featuredImage": null,
              "tags": [
                {"id": 10, "slug": "cms", "name": "cms"},
                {"id": 11, "slug": "static-sites", "name": "static-sites"}
              ],
              "categories": [{"id": 4, "slug": "engineering", "name": "Engineering", "path": ["Engineering"]}],
              "sourceUrl": null,
              "authors": [{"id": 4, "slug": "jane-doe", "name": "Jane Doe", "avatar": null}],
              "version": 1
            }""";

    private PostExamples() {
    }
}
