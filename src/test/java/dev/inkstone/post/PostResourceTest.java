package dev.inkstone.post;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.time.TestClock;

@QuarkusTest
class PostResourceTest {

    /** The application's time, which other tests may have moved forward. */
    @Inject
    TestClock clock;

    static Map<String, Object> post(String slug, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "算力差距高达百倍");
        body.put("slug", slug);
        body.put("status", status);
        body.put("markdown", "## 背景\n\n中国企业超越美国同行的机会不超过20%。\n\nSecond paragraph here.");
        return body;
    }

    static int create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsChinesePostWithTagsAndCategoriesAndReadsItBySlug() {
        String category = unique("aigc");
        asAdmin().body(Map.of("name", "AIGC", "slug", category)).post("/api/v1/categories").then().statusCode(201);
        String existingTag = unique("deepseek");
        asAdmin().body(Map.of("name", "DeepSeek", "slug", existingTag)).post("/api/v1/tags").then().statusCode(201);
        String newTag = unique("AI Agent");

        String slug = unique("中文文章");
        Map<String, Object> body = post(slug, "published");
        body.put("tags", List.of(existingTag, newTag, existingTag));
        body.put("categories", List.of(category));
        body.put("sourceUrl", "https://lukefan.com/2026/01/13/x/");
        int id = asAdmin().body(body).post("/api/v1/posts").then().statusCode(201)
                .header("Location", containsString("/api/v1/posts/"))
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue())
                .body("version", equalTo(1))
                .body("html", containsString("<h2 id="))
                .body("html", containsString("<p>中国企业超越美国同行的机会不超过20%。</p>"))
                .body("excerpt", containsString("中国企业超越美国同行的机会不超过20%。"))
                .body("tags.slug", contains(existingTag, newTag.toLowerCase().replace(' ', '-')))
                .body("tags[1].name", equalTo(newTag))
                .body("categories[0].path", contains("AIGC"))
                .body("featuredImage", nullValue())
                .body("sourceUrl", equalTo("https://lukefan.com/2026/01/13/x/"))
                .extract().path("id");

        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .body("id", equalTo(id))
                .body("markdown", containsString("## 背景"))
                // 背景 (2) + 16 Han characters + "20" (1) + "Second paragraph here" (3)
                .body("wordCount", equalTo(22))
                .body("readingMinutes", equalTo(1));
        anonymous().get("/api/v1/tags/slug/{slug}", existingTag).then().body("postCount", equalTo(1));
        anonymous().get("/api/v1/categories/slug/{slug}", category).then().body("postCount", equalTo(1));
    }

    @Test
    void draftsAreInvisibleToAnonymousReadersAs404() {
        String slug = unique("draft");
        int id = create(post(slug, "draft"));
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(404);
        as(token("reader")).get("/api/v1/posts/{id}", id).then().statusCode(200)
                .body("status", equalTo("draft")).header("Cache-Control", "private, no-store");
        anonymous().get("/api/v1/posts?perPage=100").then().body("items.slug", not(hasItem(slug)));
    }

    @Test
    void scheduledPostAppearsOnlyOnceItsTimeHasCome() {
        String future = unique("future");
        Map<String, Object> body = post(future, "published");
        body.put("publishedAt", clock.instant().plus(1, ChronoUnit.DAYS).toString());
        int id = asAdmin().body(body).post("/api/v1/posts").then().statusCode(201)
                .body("status", equalTo("scheduled")).extract().path("id");
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);

        String past = unique("past");
        Map<String, Object> pastBody = post(past, "scheduled");
        pastBody.put("publishedAt", "2020-01-01T00:00:00Z");
        asAdmin().body(pastBody).post("/api/v1/posts").then().statusCode(201).body("status", equalTo("published"));
        anonymous().get("/api/v1/posts/slug/{slug}", past).then().statusCode(200)
                .body("publishedAt", equalTo("2020-01-01T00:00:00Z"));
    }

    @Test
    void scheduledWithoutDateIs422() {
        asAdmin().body(post(unique("s"), "scheduled")).post("/api/v1/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void upsertBySlugCreatesThenReplacesIdempotently() {
        String slug = unique("upsert");
        Map<String, Object> body = post(null, "published");
        body.put("tags", List.of("幂等"));
        body.remove("slug");
        int id = asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(201)
                .header("Location", containsString("/api/v1/posts/"))
                .body("slug", equalTo(slug)).body("version", equalTo(1)).extract().path("id");
        String publishedAt = anonymous().get("/api/v1/posts/{id}", id).then().extract().path("publishedAt");

        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(1)).body("publishedAt", equalTo(publishedAt));

        body.put("title", "changed");
        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .body("title", equalTo("changed")).body("version", equalTo(2));

        body.put("slug", "other-slug");
        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(422);
    }

    @Test
    void replaceAndPatchBumpVersionAndRerender() {
        int id = create(post(unique("edit"), "draft"));
        Map<String, Object> body = post(unique("edited"), "draft");
        body.put("markdown", "First **bold** words.");
        asAdmin().body(body).put("/api/v1/posts/{id}", id).then().statusCode(200)
                .body("html", startsWith("<p>First <strong>bold</strong> words.</p>"))
                .body("wordCount", equalTo(3)).body("version", equalTo(2));
        mergePatch().body("{\"status\": \"published\"}")
                .patch("/api/v1/posts/{id}", id).then().statusCode(200)
                .body("status", equalTo("published")).body("html", containsString("<strong>bold</strong>"))
                .body("version", equalTo(3));
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(200);
    }

    @Test
    void sanitizesHostileMarkdown() {
        Map<String, Object> body = post(unique("xss"), "published");
        body.put("markdown", "<script>alert(1)</script>\n\n[click](javascript:alert(1)) "
                + "<img src=x onerror=alert(1)> <a href=\"/about\" onclick=\"x()\">about</a>");
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201)
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("javascript:")))
                .body("html", not(containsString("onerror")))
                .body("html", not(containsString("onclick")))
                .body("html", containsString("href=\"/about\""));
    }

    @Test
    void unknownCategoryIs422NamingTheEntryAndStoresNothing() {
        String slug = unique("orphan");
        Map<String, Object> body = post(slug, "published");
        String tag = unique("never-created");
        body.put("tags", List.of(tag));
        body.put("categories", List.of(unique("missing")));
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("categories[0]"));
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(404);
        anonymous().get("/api/v1/tags/slug/{slug}", tag).then().statusCode(404);
    }

    @Test
    void duplicateSlugIs409() {
        String slug = unique("dup");
        create(post(slug, "draft"));
        asAdmin().body(post(slug, "draft")).post("/api/v1/posts").then().statusCode(409)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void rejectsBadSourceUrlAndBadStatus() {
        Map<String, Object> body = post(unique("src"), "published");
        body.put("sourceUrl", "javascript:alert(1)");
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(422).body("errors[0].field", equalTo("sourceUrl"));
        body.put("sourceUrl", null);
        body.put("status", "live");
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void listShowsPublishedNewestFirstWithoutBodies() {
        String tag = unique("newest");
        String older = unique("older");
        Map<String, Object> a = post(older, "published");
        a.put("publishedAt", "2001-01-01T00:00:00Z");
        a.put("tags", List.of(tag));
        create(a);
        String newer = unique("newer");
        Map<String, Object> b = post(newer, "published");
        b.put("publishedAt", clock.instant().minusSeconds(5).toString());
        b.put("tags", List.of(tag));
        create(b);
        create(post(unique("hidden"), "draft"));
        anonymous().get("/api/v1/posts?tag=" + tag).then().statusCode(200)
                .body("items.slug", contains(newer, older))
                .body("items[0].html", nullValue())
                .body("items[0].markdown", nullValue())
                .body("items.status", everyItem(equalTo("published")));
    }

    @Test
    void statusFilterNeedsAToken() {
        anonymous().get("/api/v1/posts?status=draft").then().statusCode(401);
        anonymous().get("/api/v1/posts?status=bogus").then().statusCode(400).body("errors[0].field", equalTo("status"));
        String slug = unique("listed-draft");
        create(post(slug, "draft"));
        as(token("reader")).get("/api/v1/posts?status=draft&perPage=100").then().statusCode(200)
                .body("items.slug", hasItem(slug)).body("items.status", everyItem(equalTo("draft")));
    }

    @Test
    void deletesPost() {
        int id = create(post(unique("bye"), "published"));
        anonymous().delete("/api/v1/posts/{id}", id).then().statusCode(401);
        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
    }

    @Test
    void deletingATagRemovesItFromPosts() {
        String tag = unique("temp");
        Map<String, Object> body = post(unique("tagged"), "published");
        body.put("tags", List.of(tag, "keep-" + tag));
        int id = create(body);
        int tagId = anonymous().get("/api/v1/tags/slug/{slug}", tag).then().extract().path("id");
        asAdmin().delete("/api/v1/tags/{id}", tagId).then().statusCode(204);
        anonymous().get("/api/v1/posts/{id}", id).then().body("tags.slug", contains("keep-" + tag));
    }
}
