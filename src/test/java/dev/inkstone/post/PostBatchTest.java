package dev.inkstone.post;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.Api;

/** POST /api/v1/posts/batch: per-post results, a failing post does not stop the others, re-sending changes nothing. */
@QuarkusTest
class PostBatchTest {

    @Test
    void writesEachPostAndReportsTheOneThatFailsWithItsProblem() {
        String a = Api.unique("batch-a");
        String b = Api.unique("batch-b");
        String bad = Api.unique("batch-bad");
        Map<String, Object> body = Map.of("posts", List.of(post(a, "批量写入 A"), post(bad, "Unknown category")
                .with("categories", List.of("no-such-category-" + bad)), post(b, "Batch B")));
        asAdmin().body(body).post("/api/v1/posts/batch").then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("failed", equalTo(1))
                .body("results[0].status", equalTo(201)).body("results[0].slug", equalTo(a))
                .body("results[0].version", equalTo(1))
                .body("results[1].status", equalTo(422)).body("results[1].id", nullValue())
                .body("results[1].problem.type", equalTo("/problems/unknown-category"))
                .body("results[1].problem.errors.field", hasItem("posts[1].categories[0]"))
                .body("results[2].status", equalTo(201)).body("results[2].slug", equalTo(b));
        anonymous().get("/api/v1/posts/slug/{slug}", a).then().statusCode(200).body("title", equalTo("批量写入 A"));
        anonymous().get("/api/v1/posts/slug/{slug}", b).then().statusCode(200);
        asAdmin().get("/api/v1/posts/slug/{slug}", bad).then().statusCode(404);

        // The same batch again: the two written posts are unchanged (200, still version 1); the bad one fails again.
        asAdmin().body(body).post("/api/v1/posts/batch").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(2)).body("failed", equalTo(1))
                .body("results[0].status", equalTo(200)).body("results[0].version", equalTo(1));
    }

    @Test
    void aBatchWithoutErrorsIsOneTransactionAndUpdatesByslug() {
        String slug = Api.unique("batch-update");
        asAdmin().body(Map.of("posts", List.of(post(slug, "第一版")))).post("/api/v1/posts/batch").then()
                .statusCode(200).body("results[0].status", equalTo(201));
        asAdmin().body(Map.of("posts", List.of(post(slug, "第二版")))).post("/api/v1/posts/batch").then()
                .statusCode(200).body("updated", equalTo(1)).body("results[0].version", equalTo(2));
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().body("title", equalTo("第二版"));
    }

    @Test
    void aBatchNamingOneNewSlugTwiceCreatesThePostOnceAndTheSecondPostUpdatesIt() {
        // Both posts are written in one transaction whose lookups do not flush: the second must still find the first.
        String slug = Api.unique("batch-twice");
        String tag = Api.unique("batch-twice-tag");
        List<Object> results = asAdmin().body(Map.of("posts", List.of(post(slug, "第一次").with("tags", List.of(tag)),
                post(slug, "第二次").with("tags", List.of(tag))))).post("/api/v1/posts/batch").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("failed", equalTo(0))
                .body("results[0].status", equalTo(201)).body("results[1].status", equalTo(200))
                .extract().path("results.id");
        assertEquals(results.get(0), results.get(1));
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200).body("title", equalTo("第二次"))
                .body("tags.slug", equalTo(List.of(tag)));
    }

    @Test
    void aPostWithoutSlugIsItsOwnProblemAndAnInvalidBodyIs422NamingTheField() {
        String slug = Api.unique("batch-noslug");
        asAdmin().body(Map.of("posts", List.of(post(slug, "有 slug"), Map.of("title", "没有 slug",
                "markdown", "正文")))).post("/api/v1/posts/batch").then().statusCode(200)
                .body("results[0].status", equalTo(201)).body("results[1].status", equalTo(422))
                .body("results[1].problem.errors[0].field", equalTo("posts[1].slug"));

        asAdmin().body(Map.of("posts", List.of(post(Api.unique("batch-long"), "x".repeat(301)))))
                .post("/api/v1/posts/batch").then().statusCode(422)
                .body("errors.field", hasItem("posts[0].title"));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i <= PostBatches.MAX; i++) {
            tooMany.add(post("too-many-" + i, "Too many"));
        }
        asAdmin().body(Map.of("posts", tooMany)).post("/api/v1/posts/batch").then().statusCode(422)
                .body("errors.field", hasItem("posts"));
        asAdmin().body(Map.of("posts", List.of())).post("/api/v1/posts/batch").then().statusCode(422);
        anonymous().body(Map.of("posts", List.of(post(slug, "匿名")))).post("/api/v1/posts/batch").then()
                .statusCode(401);
    }

    private static Body post(String slug, String title) {
        Body post = new Body();
        post.put("slug", slug);
        post.put("title", title);
        post.put("status", "published");
        post.put("markdown", "## 正文\n\nBody of " + title);
        return post;
    }

    /** A post's JSON fields. */
    private static final class Body extends java.util.LinkedHashMap<String, Object> {
        Body with(String field, Object value) {
            put(field, value);
            return this;
        }
    }
}
