package dev.inkstone.revision;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.image.GeneratedImages;
import dev.inkstone.image.TestImages;
import dev.inkstone.importer.Imports;

/** Post history over HTTP: revisions from API writes and imports, diffs, restore, the keep limit, deletion. */
@QuarkusTest
class RevisionResourceTest {

    @Inject
    RevisionRepository revisions;

    /** An editor token whose name the revisions should carry. */
    private static Map.Entry<String, String> editor() {
        String name = unique("editor");
        String token = asAdmin().body(Map.of("name", name, "role", "editor")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        return Map.entry(name, token);
    }

    private static Map<String, Object> post(String slug, String title, String markdown) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("slug", slug);
        body.put("status", "draft");
        body.put("markdown", markdown);
        return body;
    }

    private static int create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    private static JsonPath history(int postId) {
        return asAdmin().get("/api/v1/posts/{id}/revisions?perPage=100", postId).then().statusCode(200).extract()
                .jsonPath();
    }

    private static void patch(int postId, String json) {
        mergePatch().body(json).patch("/api/v1/posts/{id}", postId).then().statusCode(200);
    }

    @Test
    void apiWritesStoreRevisionsNamedAfterTheTokenNewestFirst() {
        var editor = editor();
        String slug = unique("rev");
        int id = as(editor.getValue()).body(post(slug, "初稿", "第一段")).post("/api/v1/posts").then().statusCode(201)
                .extract().path("id");
        as(editor.getValue()).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"二稿\"}").patch("/api/v1/posts/{id}", id).then().statusCode(200);

        JsonPath page = history(id);
        assertEquals(2, page.getInt("page.totalItems"));
        assertEquals(List.of("title"), page.getList("items[0].changedFields"));
        assertEquals(editor.getKey(), page.getString("items[0].actor"));
        assertEquals(2, page.getInt("items[0].postVersion"));
        assertEquals(List.of("title", "slug", "status", "markdown", "excerpt"), page.getList("items[1].changedFields"));

        int first = page.getInt("items[1].id");
        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}", id, first).then().statusCode(200)
                .body("post.title", equalTo("初稿")).body("post.markdown", equalTo("第一段"))
                .body("post.status", equalTo("draft")).body("actor", equalTo(editor.getKey()));
    }

    @Test
    void revisionsNeedAToken() {
        int id = create(post(unique("rev-auth"), "t", "x"));
        anonymous().get("/api/v1/posts/{id}/revisions", id).then().statusCode(401);
        as(editor().getValue()).post("/api/v1/posts/{id}/revisions/1/restore", id).then().statusCode(404);
    }

    @Test
    void aNoOpUpsertOrASourceUrlChangeStoresNoRevision() {
        String slug = unique("rev-noop");
        Map<String, Object> body = post(slug, "同样的内容", "正文");
        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(201);
        int id = asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .body("version", equalTo(1)).extract().path("id");
        patch(id, "{\"sourceUrl\": \"https://example.com/old\"}");
        assertEquals(1, history(id).getInt("page.totalItems"));
    }

    @Test
    void diffsFieldByFieldWithALineDiffOfTheMarkdown() {
        int id = create(post(unique("rev-diff"), "旧标题", "第一行\n第二行\n第三行"));
        patch(id, "{\"title\": \"新标题\", \"markdown\": \"第一行\\n第二行改了\\n第三行\"}");
        patch(id, "{\"status\": \"published\"}");
        JsonPath page = history(id);
        int oldest = page.getInt("items[2].id");
        int middle = page.getInt("items[1].id");

        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}/diff", id, oldest).then().statusCode(200)
                .body("against", equalTo("current"))
                .body("fields.field", containsInAnyOrder("title", "status", "publishedAt"))
                .body("fields.find { it.field == 'title' }.from", equalTo("旧标题"))
                .body("fields.find { it.field == 'title' }.to", equalTo("新标题"))
                .body("terms", empty()).body("markdownChanged", equalTo(true))
                .body("markdownDiff", hasItems("--- revision " + oldest, "+++ current", "-第二行", "+第二行改了", " 第一行"));
        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}/diff?against={other}", id, oldest, middle).then()
                .statusCode(200).body("against", equalTo(Integer.toString(middle)))
                .body("fields.field", contains("title"))
                .body("markdownDiff", hasItem("+++ revision " + middle));
        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}/diff?against={other}", id, middle, middle).then()
                .statusCode(200).body("fields", empty()).body("markdownChanged", equalTo(false))
                .body("markdownDiff", empty());
        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}/diff?against=yesterday", id, oldest).then()
                .statusCode(400).body("errors[0].field", equalTo("against"));
    }

    @Test
    void restoreWritesTheSnapshotAsANewRevisionAndHonoursIfMatch() {
        int id = create(post(unique("rev-restore"), "第一版", "原文"));
        String slug = asAdmin().get("/api/v1/posts/{id}", id).then().extract().path("slug");
        patch(id, "{\"title\": \"第二版\", \"markdown\": \"改写\"}");
        int first = history(id).getInt("items[1].id");
        String stale = asAdmin().get("/api/v1/posts/{id}", id).then().extract().header("ETag");
        patch(id, "{\"authors\": [\"老范\"]}");

        asAdmin().header("If-Match", stale).post("/api/v1/posts/{id}/revisions/{rid}/restore", id, first).then()
                .statusCode(412).contentType("application/problem+json");
        String current = asAdmin().get("/api/v1/posts/{id}", id).then().extract().header("ETag");
        asAdmin().header("If-Match", current).post("/api/v1/posts/{id}/revisions/{rid}/restore", id, first).then()
                .statusCode(200).body("title", equalTo("第一版")).body("markdown", equalTo("原文"))
                .body("slug", equalTo(slug)).body("authors", empty()).body("version", equalTo(4));

        JsonPath page = history(id);
        assertEquals(4, page.getInt("page.totalItems"));
        // A merge patch keeps the excerpt the post had, so the history never saw it change.
        assertEquals(List.of("title", "markdown", "authors"), page.getList("items[0].changedFields"));
        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}/diff", id, first).then().statusCode(200)
                .body("fields", empty()).body("markdownChanged", equalTo(false));
    }

    @Test
    void restoreNamesEachMissingReferenceUnlessToldToSkipThem() {
        String keptTag = unique("rev-kept");
        String goneTag = unique("rev-gone");
        String category = unique("rev-cat");
        int categoryId = asAdmin().body(Map.of("name", "类别", "slug", category)).post("/api/v1/categories").then()
                .statusCode(201).extract().path("id");
        int image = TestImages.uploadGenerated(GeneratedImages.LANDSCAPE_JPEG);
        Map<String, Object> body = post(unique("rev-missing"), "带标签", "正文");
        body.put("tags", List.of(goneTag, keptTag));
        body.put("categories", List.of(category));
        body.put("featuredImage", image);
        int id = create(body);
        int goneTagId = asAdmin().get("/api/v1/tags/slug/{slug}", goneTag).then().extract().path("id");
        int first = history(id).getInt("items[0].id");
        patch(id, "{\"tags\": [], \"categories\": [], \"featuredImage\": null}");
        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}/diff", id, first).then().statusCode(200)
                .body("terms.field", contains("tags", "categories"))
                .body("terms[0].from.slug", contains(goneTag, keptTag)).body("terms[0].to", empty())
                .body("terms[1].from.slug", contains(category))
                .body("fields.find { it.field == 'featuredImage' }.from", equalTo(Integer.toString(image)))
                .body("fields.find { it.field == 'featuredImage' }.to", equalTo(null));
        asAdmin().delete("/api/v1/tags/{id}", goneTagId).then().statusCode(204);
        asAdmin().delete("/api/v1/categories/{id}", categoryId).then().statusCode(204);
        asAdmin().delete("/api/v1/images/{id}", image).then().statusCode(204);

        String etag = asAdmin().get("/api/v1/posts/{id}", id).then().extract().header("ETag");
        asAdmin().header("If-Match", "\"stale\"").post("/api/v1/posts/{id}/revisions/{rid}/restore", id, first)
                .then().statusCode(412);
        asAdmin().header("If-Match", etag).post("/api/v1/posts/{id}/revisions/{rid}/restore", id, first).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("tags[0]", "categories[0]", "featuredImage"))
                .body("errors[0].message", startsWith("tag '" + goneTag + "'"));
        asAdmin().get("/api/v1/posts/{id}", id).then().body("tags", empty()).body("version", equalTo(2));

        asAdmin().post("/api/v1/posts/{id}/revisions/{rid}/restore?skipMissing=true", id, first).then()
                .statusCode(200).body("tags.slug", contains(keptTag)).body("categories", empty())
                .body("featuredImage", equalTo(null));
        asAdmin().post("/api/v1/posts/{id}/revisions/{rid}/restore?skipMissing=maybe", id, first).then()
                .statusCode(400).body("errors[0].field", equalTo("skipMissing"));
    }

    @Test
    void keepsOnlyTheNewestRevisionsOfAPost() {
        // The test profile keeps 5 (application.properties); the default is 50.
        int id = create(post(unique("rev-keep"), "v0", "x"));
        for (int i = 1; i <= 6; i++) {
            patch(id, "{\"title\": \"v" + i + "\"}");
        }
        JsonPath page = history(id);
        assertEquals(5, page.getInt("page.totalItems"));
        assertEquals(List.of("v6", "v5", "v4", "v3", "v2"), page.getList("items.id", Integer.class).stream()
                .map(rid -> asAdmin().get("/api/v1/posts/{id}/revisions/{rid}", id, rid).then().extract()
                        .<String>path("post.title")).toList());
        asAdmin().get("/api/v1/posts/{id}/revisions?perPage=2", id).then().statusCode(200)
                .body("items", hasSize(2)).header("X-Total-Count", "5");
    }

    @Test
    void revisionsAreDeletedWithThePost() {
        int id = create(post(unique("rev-delete"), "要删除", "x"));
        patch(id, "{\"title\": \"还是要删除\"}");
        assertEquals(2L, countFor(id));
        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        assertEquals(0L, countFor(id));
        asAdmin().get("/api/v1/posts/{id}/revisions", id).then().statusCode(404);
    }

    private long countFor(long postId) {
        return QuarkusTransaction.requiringNew().call(() -> revisions.count("postId", postId));
    }

    @Test
    void importsStoreRevisionsNamedAfterTheJob() throws IOException {
        String slug = unique("rev-import");
        Path dir = Files.createDirectories(Path.of("target", "revision-imports"));
        Path file = dir.resolve(slug + ".md");
        Files.writeString(file, "---\ntitle: 导入\nslug: " + slug + "\n---\n第一版。\n");
        int firstJob = Imports.serverPath(file, false).getInt("id");
        Files.writeString(file, "---\ntitle: 导入\nslug: " + slug + "\n---\n第二版。\n");
        int secondJob = Imports.serverPath(file, false).getInt("id");
        Imports.serverPath(file, false);

        int id = asAdmin().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200).extract().path("id");
        JsonPath page = history(id);
        assertEquals(List.of("import " + secondJob, "import " + firstJob), page.getList("items.actor"));
        assertEquals(List.of("markdown", "excerpt"), page.getList("items[0].changedFields"));
    }
}
