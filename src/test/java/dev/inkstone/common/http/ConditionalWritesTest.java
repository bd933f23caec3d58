package dev.inkstone.common.http;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static dev.inkstone.common.http.Content.STRONG_ETAG;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** If-Match and If-None-Match on writes: checked against the current representation, 412 when they fail. */
@QuarkusTest
class ConditionalWritesTest {

    /** A resource under test: where it lives and a full body for PUT. */
    private record Item(String path, Object putBody) {
    }

    private static Item create(String kind) {
        String slug = unique("cond-" + kind);
        return switch (kind) {
            case "posts" -> {
                Map<String, Object> body = Content.post(slug, "draft", List.of(), List.of());
                int id = asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
                yield new Item("/api/v1/posts/" + id, body);
            }
            case "tags" -> new Item("/api/v1/tags/" + Content.tag(slug), Map.of("name", "Tag " + slug, "slug", slug));
            default -> new Item("/api/v1/categories/" + Content.category(slug, null),
                    Map.of("name", "Category " + slug, "slug", slug));
        };
    }

    private static String etag(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void assertPreconditionFailed(ValidatableResponse response) {
        response.statusCode(412).contentType("application/problem+json").header("ETag", nullValue())
                .body("type", equalTo("/problems/precondition-failed")).body("title", equalTo("Precondition Failed"))
                .body("status", equalTo(412));
    }

    @ParameterizedTest
    @ValueSource(strings = { "posts", "tags", "categories" })
    void staleIfMatchIs412ForPutPatchAndDeleteAndChangesNothing(String kind) {
        Item item = create(kind);
        String stale = etag(item.path());
        String newName = "{\"" + (kind.equals("posts") ? "title" : "name") + "\": \"有人先改了\"}";
        mergePatch().body(newName).patch(item.path()).then().statusCode(200);
        String current = etag(item.path());

        assertPreconditionFailed(asAdmin().header("If-Match", stale).body(item.putBody()).put(item.path()).then());
        assertPreconditionFailed(mergePatch().header("If-Match", stale).body("{\"slug\": \"" + unique("x") + "\"}")
                .patch(item.path()).then());
        assertPreconditionFailed(asAdmin().header("If-Match", stale).delete(item.path()).then());
        assertEquals(current, etag(item.path()), "a failed precondition must leave the resource as it was");
    }

    @ParameterizedTest
    @ValueSource(strings = { "posts", "tags", "categories" })
    void currentIfMatchLetsPutPatchAndDeleteThroughAndAnswersWithTheNewETag(String kind) {
        Item item = create(kind);

        String afterPut = asAdmin().header("If-Match", etag(item.path())).body(item.putBody()).put(item.path())
                .then().statusCode(200).header("ETag", matchesPattern(STRONG_ETAG)).extract().header("ETag");
        assertEquals(etag(item.path()), afterPut);
        String afterPatch = mergePatch().header("If-Match", afterPut).body("{\"slug\": \"" + unique("y") + "\"}")
                .patch(item.path()).then().statusCode(200).extract().header("ETag");
        assertEquals(etag(item.path()), afterPatch);
        asAdmin().header("If-Match", afterPatch).delete(item.path()).then().statusCode(204);
        asAdmin().get(item.path()).then().statusCode(404);
    }

    @Test
    void createsAnswerWithTheETagOfTheNewResource() {
        String slug = unique("cond-created");
        String created = asAdmin().body(Map.of("name", "Tag " + slug, "slug", slug)).post("/api/v1/tags").then()
                .statusCode(201).header("ETag", matchesPattern(STRONG_ETAG)).extract().header("ETag");
        assertEquals(etag("/api/v1/tags/slug/" + slug), created);
    }

    @Test
    void ifMatchStarNeedsTheResourceToExist() {
        Item tag = create("tags");
        asAdmin().header("If-Match", "*").body(tag.putBody()).put(tag.path()).then().statusCode(200);

        String missing = unique("cond-missing");
        assertPreconditionFailed(asAdmin().header("If-Match", "*").body(Content.post(missing, "draft", List.of(),
                List.of())).put("/api/v1/posts/slug/" + missing).then());
        asAdmin().get("/api/v1/posts/slug/" + missing).then().statusCode(404);
        asAdmin().header("If-Match", "*").delete("/api/v1/tags/" + Integer.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void ifMatchComparesStronglySoWeakOrGarbageTagsAre412() {
        Item tag = create("tags");
        String current = etag(tag.path());
        String unquoted = current.substring(1, current.length() - 1);

        for (String header : List.of("W/" + current, unquoted, "garbage", "", "\"" + "z".repeat(9000))) {
            assertPreconditionFailed(asAdmin().header("If-Match", header).body(tag.putBody()).put(tag.path()).then());
        }
        asAdmin().header("If-Match", "\"x\",".repeat(3000) + current).body(tag.putBody()).put(tag.path()).then()
                .statusCode(200);
    }

    @Test
    void ifNoneMatchStarMakesTheSlugUpsertCreateOnly() {
        String slug = unique("cond-import");
        Map<String, Object> body = Content.post(slug, "draft", List.of(), List.of());
        asAdmin().header("If-None-Match", "*").body(body).put("/api/v1/posts/slug/" + slug).then().statusCode(201)
                .header("ETag", matchesPattern(STRONG_ETAG));

        body.put("title", "不应覆盖");
        assertPreconditionFailed(asAdmin().header("If-None-Match", "*").body(body).put("/api/v1/posts/slug/" + slug)
                .then());
        asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200).body("version", equalTo(1))
                .body("title", equalTo("缓存与条件请求 " + slug));
    }

    @Test
    void ifNoneMatchNamingTheCurrentETagIs412OnWrites() {
        Item tag = create("tags");
        String current = etag(tag.path());

        assertPreconditionFailed(asAdmin().header("If-None-Match", "W/" + current).body(tag.putBody())
                .put(tag.path()).then());
        asAdmin().header("If-None-Match", "\"other\"").body(tag.putBody()).put(tag.path()).then().statusCode(200);
    }

    @Test
    void aPostsIfMatchFailsWhenATagItShowsWasRenamed() {
        String tag = unique("cond-tag");
        int tagId = Content.tag(tag);
        int postId = Content.publishedPost(tag, null);
        String read = etag("/api/v1/posts/" + postId);

        mergePatch().body("{\"name\": \"新名字\"}").patch("/api/v1/tags/{id}", tagId).then().statusCode(200);

        assertPreconditionFailed(mergePatch().header("If-Match", read).body("{\"title\": \"基于旧内容的修改\"}")
                .patch("/api/v1/posts/{id}", postId).then());
    }

    @Test
    void aTagsIfMatchFailsWhenItsPostCountChanged() {
        String tag = unique("cond-count");
        int tagId = Content.tag(tag);
        String read = etag("/api/v1/tags/" + tagId);

        Content.publishedPost(tag, null);

        assertPreconditionFailed(asAdmin().header("If-Match", read).delete("/api/v1/tags/{id}", tagId).then());
        asAdmin().header("If-Match", etag("/api/v1/tags/" + tagId)).delete("/api/v1/tags/{id}", tagId).then()
                .statusCode(204);
    }

    @Test
    void withoutATokenAWriteIs401WhateverItsPreconditions() {
        Item tag = create("tags");
        anonymous().header("If-Match", "\"stale\"").delete(tag.path()).then().statusCode(401);
    }
}
