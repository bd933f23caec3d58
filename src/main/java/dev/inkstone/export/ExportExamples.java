package dev.inkstone.export;

/** Examples for the OpenAPI document. */
final class ExportExamples {

    static final String EXPORT = """
            {
              "format": "inkstone-export",
              "version": 3,
              "exportedAt": "2026-01-14T03:39:17Z",
              "categories": [
                {"id": 1, "slug": "中国故事", "name": "中国故事", "description": null, "parentId": null},
                {"id": 3, "slug": "墙国的奇葩商业故事", "name": "墙国的奇葩商业故事", "description": null, "parentId": 1}
              ],
              "tags": [{"slug": "deepseek", "name": "DeepSeek", "description": null}],
              "authors": [{"slug": "老范", "name": "老范", "bio": "写科技与商业的**老范**。",
                "website": "https://lukefan.com/", "avatar": null}],
              "images": [{
                "id": 12,
                "sha256": "3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978",
                "filename": "西湖.jpg",
                "mimeType": "image/jpeg",
                "width": 4032,
                "height": 3024,
                "alt": "雷峰塔与西湖的日落",
                "caption": null,
                "focalPoint": {"x": 0.5, "y": 0.33},
                "url": "/media/3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978/original.jpg"
              }],
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
                "authors": ["老范"],
                "featuredImage": "3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978"
              }]
            }""";

    private ExportExamples() {
    }
}
