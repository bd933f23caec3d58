package dev.inkstone.category;

/** Request and response examples for the OpenAPI document. */
final class CategoryExamples {

    static final String INPUT = """
            {"name": "墙国的奇葩商业故事", "slug": "墙国的奇葩商业故事", "parentId": 1}""";

    static final String INPUT_EN = """
            {"name": "Engineering", "slug": "engineering"}""";

    static final String CATEGORY = """
            {"id": 3, "slug": "墙国的奇葩商业故事", "name": "墙国的奇葩商业故事", "description": null, "parentId": 1,
             "path": ["中国故事", "墙国的奇葩商业故事"], "postCount": 4, "createdAt": "2026-01-13T08:00:00Z",
             "updatedAt": "2026-01-14T03:39:17Z", "version": 1, "aliases": []}""";

    static final String CATEGORY_EN = """
            {"id": 4, "slug": "engineering", "name": "Engineering", "description": null, "parentId": null,
             "path": ["Engineering"], "postCount": 0, "createdAt": "2026-01-15T09:12:00Z",
             "updatedAt": "2026-01-15T09:12:00Z", "version": 1, "aliases": []}""";

    private CategoryExamples() {
    }
}
