package dev.inkstone.tag;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TagResourceTest {

    private static int create(String name, String slug) {
        String body = slug == null ? "{\"name\": \"" + name + "\"}"
                : "{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\"}";
        return asAdmin().body(body).post("/api/v1/tags").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsTagWithLocationAndReadsItBack() {
        String slug = unique("机器学习");
        int id = asAdmin().body("{\"name\": \"机器学习\", \"slug\": \"" + slug + "\", \"description\": \"ML 文章\"}")
                .post("/api/v1/tags")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/tags/"))
                .body("slug", equalTo(slug))
                .body("name", equalTo("机器学习"))
                .body("postCount", equalTo(0))
                .body("version", equalTo(1))
                .body("createdAt", notNullValue())
                .extract().path("id");

        // Anonymous readers see a tag once a published post carries it.
        asAdmin().body("{\"title\": \"t\", \"slug\": \"" + unique("tagged") + "\", \"status\": \"published\", "
                + "\"markdown\": \"x\", \"tags\": [\"" + slug + "\"]}").post("/api/v1/posts").then().statusCode(201);
        anonymous().get("/api/v1/tags/{id}", id).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400")
                .body("description", equalTo("ML 文章"));
        anonymous().get("/api/v1/tags/slug/{slug}", slug).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void derivesSlugFromName() {
        String name = unique("AI Agent");
        asAdmin().body("{\"name\": \"" + name + "\"}").post("/api/v1/tags")
                .then().statusCode(201).body("slug", equalTo(name.toLowerCase().replace(' ', '-')));
    }

    @Test
    void fallsBackToGeneratedSlugWhenNameHasNoLetters() {
        asAdmin().body("{\"name\": \"!!! ??? " + System.nanoTime() + "…\"}").post("/api/v1/tags")
                .then().statusCode(201).body("slug", notNullValue());
        // Symbols only (no letter or digit survives slugging), spelling this run's unique number in base 4.
        StringBuilder symbols = new StringBuilder("🎉");
        for (char digit : Long.toString(Math.abs(unique("x").hashCode()), 4).toCharArray()) {
            symbols.append("★☆♠♣".charAt(digit - '0'));
        }
        String first = asAdmin().body("{\"name\": \"" + symbols + "\"}").post("/api/v1/tags")
                .then().statusCode(201).extract().path("slug");
        org.junit.jupiter.api.Assertions.assertTrue(first.startsWith("tag-"), first);
    }

    @Test
    void listsTagsWithPagingHeaders() {
        for (int i = 0; i < 3; i++) {
            create("list " + unique("t"), null);
        }
        asAdmin().get("/api/v1/tags?page=1&perPage=2").then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"first\""))
                .body("items", hasSize(2))
                .body("page.number", equalTo(1))
                .body("page.perPage", equalTo(2))
                .body("page.totalItems", greaterThanOrEqualTo(3))
                .body("nextCursor", notNullValue());
    }

    @Test
    void sortsAndWalksTagsByCursor() {
        String prefix = unique("zz-cursor");
        for (String suffix : new String[] { "c", "a", "b" }) {
            create(prefix + " " + suffix, null);
        }
        // Tags sort by name; the three share a prefix no other tag has, so they are the last three by name.
        var first = asAdmin().get("/api/v1/tags?sort=-name&perPage=2").then().statusCode(200).extract();
        String cursor = first.path("nextCursor");
        org.junit.jupiter.api.Assertions.assertNotNull(cursor);
        asAdmin().get("/api/v1/tags?cursor=" + cursor + "&perPage=2").then().statusCode(200)
                .body("items", hasSize(2))
                .body("page.number", nullValue());
        anonymous().get("/api/v1/tags?sort=-id&perPage=1").then().statusCode(200).body("items", hasSize(1));
        anonymous().get("/api/v1/tags?sort=postCounts").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void sortsByPostCountAcrossCursorPages() {
        String a = unique("most");
        String b = unique("least");
        String c = unique("middle");
        String[][] posts = { { a }, { a, c }, { a, c, b } };
        for (String[] tagsOfPost : posts) {
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("title", "counted");
            body.put("slug", unique("counted"));
            body.put("status", "published");
            body.put("publishedAt", "2020-01-01T00:00:00Z");
            body.put("markdown", "x");
            body.put("tags", java.util.List.of(tagsOfPost));
            asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        }
        java.util.List<String> order = new java.util.ArrayList<>();
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = anonymous().get("/api/v1/tags?sort=-postCount&perPage=37"
                    + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
            order.addAll(page.getList("items.slug"));
            counts.addAll(page.getList("items.postCount"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(order.size(), new java.util.HashSet<>(order).size(),
                "every tag exactly once");
        for (int i = 1; i < counts.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(counts.get(i - 1) >= counts.get(i), "descending counts");
        }
        org.junit.jupiter.api.Assertions.assertTrue(order.indexOf(a) < order.indexOf(c)
                && order.indexOf(c) < order.indexOf(b), "3 posts, then 2, then 1");
        anonymous().get("/api/v1/tags/slug/{slug}", c).then().body("postCount", equalTo(2));
    }

    @Test
    void rejectsPerPageOver100With400NamingTheParameter() {
        anonymous().get("/api/v1/tags?perPage=101").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("perPage"));
        anonymous().get("/api/v1/tags?page=abc").then().statusCode(400).body("errors.field", hasItem("page"));
        anonymous().get("/api/v1/tags?page=0").then().statusCode(400);
    }

    @Test
    void replacesAndPatchesTagBumpingVersion() {
        int id = create("old", unique("old"));
        String slug = unique("new");
        asAdmin().body("{\"name\": \"new\", \"slug\": \"" + slug + "\"}").put("/api/v1/tags/{id}", id)
                .then().statusCode(200).body("name", equalTo("new")).body("version", equalTo(2));
        mergePatch().body("{\"description\": \"描述\"}")
                .patch("/api/v1/tags/{id}", id)
                .then().statusCode(200).body("description", equalTo("描述")).body("slug", equalTo(slug))
                .body("version", equalTo(3));
        mergePatch().body("{\"description\": null}")
                .patch("/api/v1/tags/{id}", id)
                .then().statusCode(200).body("description", nullValue());
    }

    @Test
    void unchangedReplaceKeepsVersion() {
        String slug = unique("same");
        int id = create("same", slug);
        asAdmin().body("{\"name\": \"same\", \"slug\": \"" + slug + "\"}").put("/api/v1/tags/{id}", id)
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void patchThatBreaksARuleIs422AndChangesNothing() {
        int id = create("keep", unique("keep"));
        mergePatch().body("{\"name\": \"\"}")
                .patch("/api/v1/tags/{id}", id)
                .then().statusCode(422).body("errors.field", hasItem("name"));
        mergePatch().body("{\"nmae\": \"x\"}")
                .patch("/api/v1/tags/{id}", id)
                .then().statusCode(400).body("errors.field", hasItem("nmae"));
        mergePatch().body("[1]")
                .patch("/api/v1/tags/{id}", id).then().statusCode(400);
        asAdmin().get("/api/v1/tags/{id}", id).then().body("name", equalTo("keep")).body("version", equalTo(1));
    }

    @Test
    void duplicateSlugIs409() {
        String slug = unique("dup");
        create("a", slug);
        asAdmin().body("{\"name\": \"b\", \"slug\": \"" + slug + "\"}").post("/api/v1/tags")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-slug"))
                .body("errors.field", hasItem("slug"));
    }

    @Test
    void invalidSlugIs422() {
        asAdmin().body("{\"name\": \"x\", \"slug\": \"Not A Slug\"}").post("/api/v1/tags")
                .then().statusCode(422).body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", containsString("not-a-slug"));
    }

    @Test
    void deletesTag() {
        int id = create("gone", unique("gone"));
        asAdmin().delete("/api/v1/tags/{id}", id).then().statusCode(204);
        anonymous().get("/api/v1/tags/{id}", id).then().statusCode(404)
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/tags/" + id));
        asAdmin().delete("/api/v1/tags/{id}", id).then().statusCode(404);
    }

    @Test
    void writesNeedAnEditorToken() {
        anonymous().body("{\"name\": \"x\"}").post("/api/v1/tags").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json");
        as("not-a-token").body("{\"name\": \"x\"}").post("/api/v1/tags").then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").contentType("application/json")
                .body("{\"name\": \"x\"}").post("/api/v1/tags").then().statusCode(401);
        as(token("reader")).body("{\"name\": \"x\"}").post("/api/v1/tags").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        as(token("editor")).body("{\"name\": \"" + unique("editor") + "\"}").post("/api/v1/tags")
                .then().statusCode(201).header("Cache-Control", "private, no-store");
    }

    @Test
    void invalidTokenIs401EvenOnPublicReads() {
        as("wrong").get("/api/v1/tags").then().statusCode(401);
    }

    @Test
    void validationErrorsNameEachField() {
        asAdmin().body("{\"name\": \"" + "长".repeat(101) + "\", \"description\": \"a\\u0000b\"}")
                .post("/api/v1/tags")
                .then().statusCode(422)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("description"))
                .body("errors.message", everyItem(notNullValue()));
    }
}
