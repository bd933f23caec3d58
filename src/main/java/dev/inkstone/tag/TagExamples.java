package dev.inkstone.tag;

/** Request and response examples for the OpenAPI document. */
final class TagExamples {

    static final String INPUT = """
            {"name": "自主學習", "slug": "自主學習", "description": "AI 自主学习与记忆"}""";

    static final String INPUT_EN = """
            {"name": "Machine learning", "slug": "machine-learning", "aliases": ["机器学习", "ML"]}""";

    static final String TAG = """
            {"id": 9, "slug": "自主學習", "name": "自主學習", "description": "AI 自主学习与记忆", "postCount": 3,
             "createdAt": "2026-01-13T08:00:00Z", "updatedAt": "2026-01-14T03:39:17Z", "version": 1,
             "aliases": ["autonomous learning"]}""";

    static final String TAG_EN = """
            {"id": 12, "slug": "machine-learning", "name": "Machine learning", "description": null, "postCount": 0,
             "createdAt": "2026-01-15T09:12:00Z", "updatedAt": "2026-01-15T09:12:00Z", "version": 1,
             "aliases": ["机器学习", "ML"]}""";

    private TagExamples() {
    }
}
