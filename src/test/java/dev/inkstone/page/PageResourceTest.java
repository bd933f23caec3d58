package dev.inkstone.page;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.time.TestClock;

@QuarkusTest
class PageResourceTest {

    @Inject
    TestClock clock;

    static Map<String, Object> page(String slug, String status, Integer parentId, int menuOrder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "关于");
        body.put("slug", slug);
        body.put("status", status);
        body.put("markdown", "老范的博客，写**中国故事**。\n\nSecond paragraph.");
        body.put("parentId", parentId);
        body.put("menuOrder", menuOrder);
        return body;
    }

    static int create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/pages").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsChinesePageAndReadsItBySlugAnonymously() {
        String slug = unique("关于");
        int id = asAdmin().body(page(slug, "published", null, 10)).post("/api/v1/pages").then().statusCode(201)
                .header("Location", containsString("/api/v1/pages/"))
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue())
                .body("html", equalTo("<p>老范的博客，写<strong>中国故事</strong>。</p>\n<p>Second paragraph.</p>\n"))
                .body("excerpt", containsString("老范的博客"))
                .body("path", contains(slug))
                .body("parentId", nullValue())
                .body("menuOrder", equalTo(10))
                .body("version", equalTo(1))
                .extract().path("id");
        anonymous().get("/api/v1/pages/slug/" + slug).then().statusCode(200)
                .body("id", equalTo(id)).body("title", equalTo("关于"));
        anonymous().get("/api/v1/pages/" + id).then().statusCode(200).body("slug", equalTo(slug));
    }

    @Test
    void pagesNeverAppearInPostLists() {
        String slug = unique("not-a-post");
        create(page(slug, "published", null, 0));
        anonymous().get("/api/v1/posts/slug/" + slug).then().statusCode(404);
        asAdmin().get("/api/v1/posts?status=any&perPage=100&sort=-updatedAt").then().statusCode(200)
                .body("items.slug", not(hasItem(slug)));
    }

    @Test
    void draftsAndScheduledPagesAreHiddenFromAnonymousReaders() {
        String draft = unique("draft-page");
        int draftId = create(page(draft, "draft", null, 0));
        anonymous().get("/api/v1/pages/" + draftId).then().statusCode(404)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/pages/slug/" + draft).then().statusCode(404);
        as(token("reader")).get("/api/v1/pages/" + draftId).then().statusCode(200).body("status", equalTo("draft"));
        anonymous().get("/api/v1/pages?perPage=100&sort=-updatedAt").then().statusCode(200)
                .body("items.slug", not(hasItem(draft)));
        anonymous().get("/api/v1/pages?status=draft").then().statusCode(401);

        String scheduled = unique("scheduled-page");
        Map<String, Object> body = page(scheduled, "published", null, 0);
        body.put("publishedAt", clock.instant().plus(Duration.ofDays(2)).toString());
        int scheduledId = asAdmin().body(body).post("/api/v1/pages").then().statusCode(201)
                .body("status", equalTo("scheduled")).extract().path("id");
        anonymous().get("/api/v1/pages/" + scheduledId).then().statusCode(404);
        clock.advance(Duration.ofDays(3));
        anonymous().get("/api/v1/pages/" + scheduledId).then().statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void computesPathsFromTheTreeAndFiltersByParent() {
        String about = unique("about");
        int aboutId = create(page(about, "published", null, 1));
        String team = unique("team");
        int teamId = create(page(team, "published", aboutId, 20));
        String people = unique("people");
        int peopleId = create(page(people, "published", teamId, 0));
        String history = unique("history");
        create(page(history, "published", aboutId, 10));

        anonymous().get("/api/v1/pages/" + peopleId).then().statusCode(200)
                .body("path", contains(about, team, people)).body("parentId", equalTo(teamId));
        anonymous().get("/api/v1/pages?parent=" + aboutId).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.slug", contains(history, team))
                .body("items[1].path", contains(about, team))
                .body("items[0].markdown", nullValue());
        anonymous().get("/api/v1/pages?parent=" + aboutId + "&sort=-menuOrder").then().statusCode(200)
                .body("items.slug", contains(team, history));
        anonymous().get("/api/v1/pages?parent=none&perPage=100&sort=-id").then().statusCode(200)
                .body("items.slug", hasItem(about)).body("items.slug", not(hasItem(team)));
        anonymous().get("/api/v1/pages?parent=x").then().statusCode(400)
                .body("errors[0].field", equalTo("parent"));
        anonymous().get("/api/v1/pages?parent=" + aboutId + "&fields=id,path").then().statusCode(200)
                .body("items[0]", not(hasKey("slug"))).body("items[1].path", contains(about, team));

        // Renaming an ancestor shows in the descendants' paths at once.
        String renamed = unique("about-us");
        mergePatch().body(Map.of("slug", renamed)).patch("/api/v1/pages/" + aboutId).then().statusCode(200);
        anonymous().get("/api/v1/pages/" + peopleId).then().statusCode(200)
                .body("path", contains(renamed, team, people));
        anonymous().redirects().follow(false).get("/api/v1/pages/slug/" + about).then().statusCode(301);
    }

    @Test
    void refusesParentCyclesAndUnknownParentsWith422NamingParentId() {
        int root = create(page(unique("root"), "published", null, 0));
        int child = create(page(unique("child"), "published", root, 0));
        int grandchild = create(page(unique("grandchild"), "published", child, 0));

        mergePatch().body(Map.of("parentId", grandchild)).patch("/api/v1/pages/" + root).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("parentId"));
        mergePatch().body(Map.of("parentId", root)).patch("/api/v1/pages/" + root).then().statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
        asAdmin().body(page(unique("orphan"), "published", 999_999_999, 0)).post("/api/v1/pages").then()
                .statusCode(422).body("errors[0].field", equalTo("parentId"));
        // Moving a leaf elsewhere in the tree is fine.
        mergePatch().body(Map.of("parentId", root)).patch("/api/v1/pages/" + grandchild).then().statusCode(200)
                .body("parentId", equalTo(root));
    }

    @Test
    void validatesInputLikePosts() {
        Map<String, Object> body = page(unique("bad"), "published", null, 0);
        body.remove("title");
        asAdmin().body(body).post("/api/v1/pages").then().statusCode(422).body("errors[0].field", equalTo("title"));
        Map<String, Object> unknown = page(unique("bad"), "published", null, 0);
        unknown.put("tags", List.of("x"));
        asAdmin().body(unknown).post("/api/v1/pages").then().statusCode(400);
        String slug = unique("dup");
        create(page(slug, "draft", null, 0));
        asAdmin().body(page(slug, "draft", null, 0)).post("/api/v1/pages").then().statusCode(409)
                .body("errors[0].field", equalTo("slug"));
        anonymous().body(page(unique("anon"), "draft", null, 0)).post("/api/v1/pages").then().statusCode(401);
        as(token("reader")).body(page(unique("reader"), "draft", null, 0)).post("/api/v1/pages").then()
                .statusCode(403);
    }

    @Test
    void answers304ForAMatchingETagAnd412ForAStaleIfMatch() {
        String slug = unique("etag-page");
        int id = create(page(slug, "published", null, 0));
        String etag = anonymous().get("/api/v1/pages/" + id).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/v1/pages/" + id).then().statusCode(304);

        mergePatch().header("If-Match", etag).body(Map.of("title", "关于我们")).patch("/api/v1/pages/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("title", equalTo("关于我们"));
        mergePatch().header("If-Match", etag).body(Map.of("title", "again")).patch("/api/v1/pages/" + id)
                .then().statusCode(412);
        asAdmin().header("If-Match", etag).delete("/api/v1/pages/" + id).then().statusCode(412);
        anonymous().get("/api/v1/pages/" + id).then().statusCode(200).body("title", equalTo("关于我们"));
    }

    @Test
    void upsertsBySlugIdempotentlyAndCreatesOnlyWithIfNoneMatch() {
        String slug = unique("upsert-page");
        Map<String, Object> body = page(null, "published", null, 5);
        body.remove("slug");
        int id = asAdmin().body(body).put("/api/v1/pages/slug/" + slug).then().statusCode(201)
                .header("Location", containsString("/api/v1/pages/")).body("slug", equalTo(slug))
                .extract().path("id");
        asAdmin().body(body).put("/api/v1/pages/slug/" + slug).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(1));
        asAdmin().header("If-None-Match", "*").body(body).put("/api/v1/pages/slug/" + slug).then().statusCode(412);
        String fresh = unique("create-only");
        asAdmin().header("If-None-Match", "*").body(body).put("/api/v1/pages/slug/" + fresh).then().statusCode(201);
        body.put("menuOrder", 6);
        asAdmin().body(body).put("/api/v1/pages/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("menuOrder", equalTo(6)).body("slug", notNullValue());
    }

    @Test
    void deletesPagesButNotOnesWithChildren() {
        int parent = create(page(unique("parent"), "published", null, 0));
        int child = create(page(unique("child"), "published", parent, 0));
        asAdmin().delete("/api/v1/pages/" + parent).then().statusCode(409)
                .body("errors[0].field", equalTo("parentId"));
        asAdmin().delete("/api/v1/pages/" + child).then().statusCode(204);
        asAdmin().delete("/api/v1/pages/" + parent).then().statusCode(204);
        asAdmin().get("/api/v1/pages/" + parent).then().statusCode(404);
    }

    @Test
    void pagesThroughListsWithCursors() {
        int parent = create(page(unique("cursor-root"), "published", null, 0));
        for (int i = 0; i < 5; i++) {
            create(page(unique("cursor-" + i), "published", parent, i));
        }
        String cursor = anonymous().get("/api/v1/pages?parent=" + parent + "&perPage=2").then().statusCode(200)
                .body("items.menuOrder", contains(0, 1)).extract().path("nextCursor");
        cursor = anonymous().get("/api/v1/pages?parent=" + parent + "&perPage=2&cursor=" + cursor).then()
                .statusCode(200).body("items.menuOrder", contains(2, 3)).extract().path("nextCursor");
        anonymous().get("/api/v1/pages?parent=" + parent + "&perPage=2&cursor=" + cursor).then().statusCode(200)
                .body("items.menuOrder", contains(4)).body("nextCursor", nullValue());
        anonymous().get("/api/v1/pages?sort=-publishedAt&perPage=1").then().statusCode(200);
        asAdmin().get("/api/v1/pages?status=any&sort=-publishedAt").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
