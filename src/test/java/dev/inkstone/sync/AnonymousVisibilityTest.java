package dev.inkstone.sync;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What anonymous readers learn of content that is not public: tags and categories only drafts use are 404 and absent
 * from lists and sync, a draft leaves no trace in an anonymous sync, the image library needs a token. Token holders
 * see everything.
 */
@QuarkusTest
class AnonymousVisibilityTest {

    private record Draft(int postId, String tag, int tagId, String category, int categoryId, String parent,
            int parentId) {
    }

    /** A draft filed under a new child category (of a new parent) with a new tag. */
    private static Draft draft() {
        String parent = unique("vis-parent");
        int parentId = asAdmin().body(Map.of("name", "上级 " + parent, "slug", parent)).post("/api/v1/categories")
                .then().statusCode(201).extract().path("id");
        String category = unique("vis-cat");
        int categoryId = asAdmin().body(Map.of("name", "草稿分类 " + category, "slug", category, "parentId", parentId))
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
        String tag = unique("vis-tag");
        int postId = asAdmin().body(Map.of("title", "未发表", "slug", unique("vis-post"), "status", "draft",
                "markdown", "秘密计划",
                "tags", List.of(tag), "categories", List.of(category))).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
        int tagId = asAdmin().get("/api/v1/tags/slug/{slug}", tag).then().statusCode(200).extract().path("id");
        return new Draft(postId, tag, tagId, category, categoryId, parent, parentId);
    }

    private static void setStatus(int postId, String status) {
        mergePatch().body(Map.of("status", status)).patch("/api/v1/posts/{id}", postId).then().statusCode(200);
    }

    @Test
    void tagsAndCategoriesOnlyDraftsUseAreHiddenFromAnonymousReadersUntilAPostIsPublished() {
        Draft draft = draft();
        anonymous().get("/api/v1/tags/slug/{slug}", draft.tag()).then().statusCode(404)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/tags/{id}", draft.tagId()).then().statusCode(404);
        anonymous().get("/api/v1/categories/slug/{slug}", draft.category()).then().statusCode(404);
        anonymous().get("/api/v1/categories/{id}", draft.categoryId()).then().statusCode(404);
        anonymous().get("/api/v1/categories/{id}", draft.parentId()).then().statusCode(404);
        for (String sort : List.of("-id", "-postCount", "name")) {
            anonymous().get("/api/v1/tags?perPage=100&sort=" + sort).then().statusCode(200)
                    .body("items.slug", not(hasItem(draft.tag())));
            anonymous().get("/api/v1/categories?perPage=100&sort=" + sort).then().statusCode(200)
                    .body("items.slug", not(hasItem(draft.category())));
        }
        // Token holders see all of it.
        asAdmin().get("/api/v1/tags/slug/{slug}", draft.tag()).then().statusCode(200).body("postCount", equalTo(0));
        asAdmin().get("/api/v1/categories/{id}", draft.parentId()).then().statusCode(200);
        asAdmin().get("/api/v1/tags?perPage=100&sort=-id").then().body("items.slug", hasItem(draft.tag()));

        setStatus(draft.postId(), "published");
        anonymous().get("/api/v1/tags/slug/{slug}", draft.tag()).then().statusCode(200).body("postCount", equalTo(1));
        anonymous().get("/api/v1/categories/slug/{slug}", draft.category()).then().statusCode(200)
                .body("postCount", equalTo(1));
        // The parent's name is in the published post's category path anyway.
        anonymous().get("/api/v1/categories/{id}", draft.parentId()).then().statusCode(200);
        anonymous().get("/api/v1/tags?perPage=100&sort=-id").then().body("items.slug", hasItem(draft.tag()));
        anonymous().get("/api/v1/categories?perPage=100&sort=-id")
                .then().body("items.slug", hasItem(draft.category()));

        setStatus(draft.postId(), "draft");
        anonymous().get("/api/v1/tags/slug/{slug}", draft.tag()).then().statusCode(404);
        anonymous().get("/api/v1/categories/slug/{slug}", draft.category()).then().statusCode(404);
        anonymous().get("/api/v1/tags?perPage=100&sort=-id").then().body("items.slug", not(hasItem(draft.tag())));
    }

    @Test
    void anAnonymousSyncShowsNoTraceOfDraftsAndTombstonesOnlyWhatWasPublic() {
        String since = SyncClient.ANONYMOUS.now();
        Draft draft = draft();
        SyncClient.Walk walk = SyncClient.ANONYMOUS.walk(since, 100);
        assertEquals(List.of(), walk.of("post", draft.postId()), "a draft is neither sent nor tombstoned");
        assertTrue(walk.of("tag", draft.tagId()).stream().noneMatch(c -> "upsert".equals(c.get("action"))),
                "a tag only a draft carries is not sent");
        assertTrue(walk.of("category", draft.categoryId()).stream().noneMatch(c -> "upsert".equals(c.get("action"))),
                "a category only a draft uses is not sent");

        setStatus(draft.postId(), "published");
        walk = SyncClient.ANONYMOUS.walk(walk.token(), 100);
        assertEquals("upsert", walk.last("post", draft.postId()).get("action"));

        setStatus(draft.postId(), "draft");
        walk = SyncClient.ANONYMOUS.walk(walk.token(), 100);
        assertEquals("delete", walk.last("post", draft.postId()).get("action"), "a post once public is tombstoned");

        // A draft deleted without ever being public: nothing, not even its id.
        Draft never = draft();
        asAdmin().delete("/api/v1/posts/{id}", never.postId()).then().statusCode(204);
        walk = SyncClient.ANONYMOUS.walk(walk.token(), 100);
        assertNull(walk.last("post", never.postId()));
        // Token holders get the draft's deletion.
        SyncClient reader = new SyncClient(() -> asAdmin());
        String readerSince = reader.now();
        Draft deleted = draft();
        asAdmin().delete("/api/v1/posts/{id}", deleted.postId()).then().statusCode(204);
        assertEquals("delete", reader.walk(readerSince, 100).last("post", deleted.postId()).get("action"));
    }

    @Test
    void filteringOnATagOrCategoryOnlyDraftsUseAnswersAnonymousReadersAsAnUnknownSlugDoes() {
        Draft draft = draft();
        String unknown = unique("vis-none");
        for (String endpoint : List.of("/api/v1/posts", "/api/v1/search?q=秘密")) {
            String join = endpoint.contains("?") ? "&" : "?";
            for (String parameter : List.of("tag", "category")) {
                List<String> hidden = parameter.equals("tag") ? List.of(draft.tag())
                        : List.of(draft.category(), draft.parent());
                Map<String, Object> expected = anonymous().get(endpoint + join + parameter + "=" + unknown)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(parameter)).extract().jsonPath().getMap("");
                for (String slug : hidden) {
                    String body = anonymous().get(endpoint + join + parameter + "=" + slug).then().statusCode(400)
                            .contentType("application/problem+json").extract().asString();
                    assertEquals(expected.toString(), JsonPath.from(body.replace(slug,
                            unknown)).getMap("").toString(), "a hidden " + parameter + " reads as an unknown one");
                }
                // Token holders filter on it as before: the draft is there among posts of any status.
                asAdmin().get("/api/v1/posts?status=any&" + parameter + "=" + hidden.get(0)).then().statusCode(200)
                        .body("items.id", equalTo(List.of(draft.postId())));
            }
        }
        setStatus(draft.postId(), "published");
        anonymous().get("/api/v1/posts?tag=" + draft.tag()).then().statusCode(200)
                .body("items.id", equalTo(List.of(draft.postId())));
        anonymous().get("/api/v1/posts?category=" + draft.parent()).then().statusCode(200)
                .body("items.id", equalTo(List.of(draft.postId())));
    }

    @Test
    void theImageLibraryNeedsAToken() {
        anonymous().get("/api/v1/images").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/images/1").then().statusCode(401);
        asAdmin().get("/api/v1/images").then().statusCode(200);
    }
}
