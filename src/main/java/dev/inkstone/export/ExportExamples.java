package dev.inkstone.export;

/** Examples for the OpenAPI document. */
final class ExportExamples {

    static final String EXPORT = """
            {
              "format": "inkstone-export",
              "version": 1,
              "exportedAt": "2026-01-14T03:39:17Z",
              "categories": [
                {"id": 1, "slug": "中国故事", "name": "中国故事", "description": null, "parentId": null},
                {"id": 3, "slug": "墙国的奇葩商业故事", "name": "墙国的奇葩商业故事", "description": null, "parentId": 1}
              ],
              "tags": [{"slug": "deepseek", "name": "DeepSeek", "description": null}],
              "posts": [{
                "slug": "china-ai-innovation-challenges-us-competition-future",
                "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
                "status": "published",
                "publishedAt": "2026-01-13T00:00:00Z",
                "markdown": "## 背景：AGI Next 闭门峰会\\n\\n中国企业超越美国同行的机会不超过20%。",
                "excerpt": "中国企业超越美国同行的机会不超过20%。",
                "tags": ["deepseek"],
                "categories": ["墙国的奇葩商业故事"],
                "sourceUrl": "https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/",
                "author": "老范",
                "featuredImage": null
              }],
              "images": []
            }""";

    private ExportExamples() {
    }
}
