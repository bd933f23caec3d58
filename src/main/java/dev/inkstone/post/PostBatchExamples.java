package dev.inkstone.post;

/** OpenAPI examples of POST /api/v1/posts/batch. */
final class PostBatchExamples {

    private PostBatchExamples() {
    }

    static final String INPUT = """
            {"posts": [
              {"title": "算力差距高达百倍", "slug": "compute-gap", "status": "published",
               "markdown": "## 背景\\n\\n国产芯片与国际先进水平的差距。", "tags": ["ai"], "categories": ["tech"]},
              {"title": "开源社区的新机会", "slug": "open-source-chance", "status": "draft",
               "markdown": "开源模型降低了门槛。"}
            ]}""";

    static final String INPUT_EN = """
            {"posts": [
              {"title": "A hundredfold compute gap", "slug": "compute-gap-en", "status": "published",
               "markdown": "## Background\\n\\nWhere domestic chips stand.", "tags": ["ai"]},
              {"title": "Open source, a new chance", "slug": "open-source-chance-en", "status": "draft",
               "markdown": "Open models lower the bar."}
            ]}""";

    static final String RESULT = """
            {"created": 1, "updated": 0, "failed": 1, "results": [
              {"index": 0, "slug": "compute-gap", "status": 201, "id": 42, "version": 1, "problem": null},
              {"index": 1, "slug": "open-source-chance", "status": 422, "id": null, "version": null,
               "problem": {"type": "/problems/unknown-category", "title": "Unprocessable Content", "status": 422,
                 "detail": "Categories must exist before posts name them", "errors": [{"field":
                 "posts[1].categories[0]", "message": "no category has the slug 'kaiyuan'"}]}}
            ]}""";

    static final String RESULT_EN = """
            {"created": 1, "updated": 1, "failed": 0, "results": [
              {"index": 0, "slug": "compute-gap-en", "status": 201, "id": 43, "version": 1, "problem": null},
              {"index": 1, "slug": "open-source-chance-en", "status": 200, "id": 17, "version": 3, "problem": null}
            ]}""";
}
