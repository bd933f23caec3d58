package dev.inkstone.tag;

/** Request examples for the OpenAPI document. */
final class TagExamples {

    static final String INPUT = """
            {"name": "自主學習", "slug": "自主學習", "description": "AI 自主学习与记忆"}""";

    private TagExamples() {
    }
}
