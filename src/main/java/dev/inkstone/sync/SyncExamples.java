package dev.inkstone.sync;

/** A sync page for the OpenAPI document: a Chinese post published, a tag renamed (its old slug listed), a post deleted. */
final class SyncExamples {

    static final String PAGE = """
            {
              "changes": [
                {
                  "type": "tag",
                  "id": 8,
                  "action": "upsert",
                  "post": null,
                  "tag": {
                    "id": 8,
                    "slug": "ai-agent",
                    "name": "AI 智能体",
                    "description": null,
                    "postCount": 3,
                    "createdAt": "2026-01-14T03:39:17.728Z",
                    "updatedAt": "2026-01-15T09:12:40.031Z",
                    "version": 2
                  },
                  "category": null,
                  "previousSlugs": ["ai-agents"]
                },
                {
                  "type": "post",
                  "id": 42,
                  "action": "upsert",
                  "post": {
                    "id": 42,
                    "slug": "china-ai-innovation-challenges-us-competition-future",
                    "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
                    "status": "published",
                    "publishedAt": "2026-01-15T00:00:00Z",
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
                      {"id": 8, "slug": "ai-agent", "name": "AI 智能体"}
                    ],
                    "categories": [
                      {
                        "id": 3,
                        "slug": "墙国的奇葩商业故事",
                        "name": "墙国的奇葩商业故事",
                        "path": ["中国故事", "墙国的奇葩商业故事"]
                      }
                    ],
                    "sourceUrl": "https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/",
                    "authors": [{"id": 3, "slug": "老范", "name": "老范", "avatar": null}],
                    "version": 1
                  },
                  "tag": null,
                  "category": null,
                  "previousSlugs": []
                },
                {"type": "post", "id": 17, "action": "delete", "post": null, "tag": null, "category": null,
                 "previousSlugs": []}
              ],
              "nextSince": "MS5ta2RndGFsYy5wLkwuMWwucC5oLm1rZjhlZnI0Lm1rZjhlZnI0Lm1rZjhlZnI0LjA",
              "hasMore": false
            }""";

    private SyncExamples() {
    }
}
