package dev.inkstone.category;

/** Request examples for the OpenAPI document. */
final class CategoryExamples {

    static final String INPUT = """
            {"name": "墙国的奇葩商业故事", "slug": "墙国的奇葩商业故事", "parentId": 1}""";

    private CategoryExamples() {
    }
}
