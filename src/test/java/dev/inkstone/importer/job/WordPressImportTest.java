package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.importer.Imports;

/**
 * POST /api/v1/imports/wordpress against a WordPress replayed from recorded REST answers (30 published posts in
 * Chinese and English, a draft and a private post, a three-level category tree, tags, an image with alt text and a
 * caption, a page), read 10 a page (the test profile's inkstone.import.wordpress.per-page, as the fixtures were
 * recorded, so paging is exercised). The tests run in order on one site: what a run wrote, the next finds.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressImportTest {

    private WordPressFixtureSite site;

    @BeforeAll
    void startSite() throws IOException {
        site = new WordPressFixtureSite("wp" + Long.toString(System.currentTimeMillis(), 36));
    }

    @AfterAll
    void stopSite() {
        site.close();
    }

    private JsonPath run(Map<String, Object> body) {
        int id = asAdmin().body(body).post("/api/v1/imports/wordpress").then().statusCode(202)
                .header("Location", containsString("/api/v1/imports/"))
                .body("format", equalTo("wordpress")).body("source", equalTo(site.url() + "/"))
                .extract().path("id");
        return Imports.await(id);
    }

    private Map<String, Object> request(boolean credentials, boolean fetchMedia, boolean dryRun) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", site.url());
        body.put("fetchMedia", fetchMedia);
        body.put("dryRun", dryRun);
        if (credentials) {
            body.put("username", WordPressFixtureSite.USER);
            body.put("applicationPassword", WordPressFixtureSite.PASSWORD);
        }
        return body;
    }

    private static List<Map<String, Object>> lines(List<Map<String, Object>> items, String type, String outcome) {
        return items.stream().filter(i -> type.equals(i.get("type")) && outcome.equals(i.get("outcome"))).toList();
    }

    private static void assertCompleted(JsonPath job) {
        assertEquals("completed", job.getString("status"), job.getString("error"));
    }

    @Test
    @Order(1)
    void aDryRunReportsThePublishedPostsAndWritesNothing() {
        JsonPath job = run(request(false, false, true));
        assertCompleted(job);
        assertTrue(job.getBoolean("dryRun"));
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        assertEquals(30, lines(items, "post", "created").size(), "30 published posts would be created");
        asAdmin().get("/api/v1/posts/slug/" + site.slug("lake-notes-2")).then().statusCode(404);
    }

    @Test
    @Order(2)
    void importsPublishedPostsWithTheirTermsAuthorsAndDatesWithoutCredentials() {
        JsonPath job = run(request(false, false, false));
        assertCompleted(job);
        // 6 categories, 5 tags, 1 attachment, 2 pages, 30 posts: every item, in 3 pages of posts.
        assertEquals(44, job.getInt("total"));
        assertEquals(44, job.getInt("processed"));
        assertEquals(0, job.getInt("failed"));
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        assertEquals(30, lines(items, "post", "created").size(), "30 posts: " + items);
        assertEquals(6, items.stream().filter(i -> "category".equals(i.get("type"))).count());
        assertEquals(5, items.stream().filter(i -> "tag".equals(i.get("type"))).count());
        // Pages become pages, the child under its parent (the REST parent and menu_order fields).
        assertEquals("created", Imports.item(items, "page", "关于本站").get("outcome"));
        asAdmin().get("/api/v1/pages/slug/" + site.slug("team")).then().statusCode(200)
                .body("title", equalTo("我们的团队")).body("status", equalTo("published")).body("menuOrder", equalTo(2))
                .body("path", equalTo(List.of(site.slug("about"), site.slug("team"))))
                .body("html", containsString("<strong>一只猫</strong>"));
        Map<String, Object> image = lines(items, "attachment", "skipped").get(0);
        assertTrue(String.valueOf(image.get("reason")).contains("fetchMedia"), image.toString());
        assertEquals(0, site.imageRequests.get(), "no image is fetched without fetchMedia");

        // Post 1 is in 中国故事 › 商业 › 奇葩故事; its slug arrives decoded, in Chinese.
        asAdmin().get("/api/v1/posts/slug/" + site.slug("西湖-1")).then().statusCode(200)
                .body("title", equalTo("第1篇：西湖边的算力故事"))
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo("2026-01-01T01:00:00Z"))
                // By slug: on a database shared with other imports an author "admin" may exist already, keeping its name.
                .body("authors.slug", equalTo(List.of("admin")))
                .body("categories[0].path", equalTo(List.of("中国故事", "商业", "奇葩故事")))
                .body("tags.slug", equalTo(List.of("ai-agent", "photography")))
                // The link as the site gives it: the fixture server prefixes slugs, not links.
                .body("sourceUrl", equalTo(site.url() + "/%e8%a5%bf%e6%b9%96-1/"))
                .body("featuredImage", nullValue());
        asAdmin().get("/api/v1/posts/slug/" + site.slug("lake-notes-4")).then().statusCode(200)
                .body("title", equalTo("Post 4: notes from the lake"))
                .body("html", containsString("<strong>English</strong>"))
                .body("tags.slug", hasItems("算力", "ai-agent"))
                // The import keeps an existing category's name: a saved-page import (another test, same database)
                // may have made travel first, named by its slug.
                .body("categories[0].path", contains(equalToIgnoringCase("Travel"), equalTo("Asia")));
        asAdmin().get("/api/v1/posts/slug/" + site.slug("lake-notes-6")).then().statusCode(200)
                .body("authors.slug", equalTo(List.of("ada")));
        asAdmin().get("/api/v1/categories/slug/奇葩故事").then().statusCode(200)
                .body("path", equalTo(List.of("中国故事", "商业", "奇葩故事")));
        // Drafts and private posts need the application password.
        asAdmin().get("/api/v1/posts/slug/" + site.slug("draft-unfinished")).then().statusCode(404);
        asAdmin().get("/api/v1/posts/slug/" + site.slug("private-note")).then().statusCode(404);
    }

    @Test
    @Order(3)
    void withAnApplicationPasswordDraftsPrivatePostsAndImagesComeAndARerunCreatesNothing() {
        JsonPath job = run(request(true, true, false));
        assertCompleted(job);
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        assertEquals(2, lines(items, "post", "created").size(), "the draft and the private post: " + items);
        assertEquals(List.of("Privacy Policy"), lines(items, "page", "created").stream().map(i -> i.get("title"))
                .toList(), "the draft page needs the application password");
        Map<String, Object> attachment = Imports.item(items, "attachment",
                site.url() + "/wp-content/uploads/2026/12/west-lake.jpg");
        assertEquals("created", attachment.get("outcome"), attachment.toString());
        asAdmin().get("/api/v1/posts/slug/" + site.slug("draft-unfinished")).then().statusCode(200)
                .body("status", equalTo("draft")).body("title", equalTo("草稿：还没写完"));
        String note = String.valueOf(Imports.item(items, "post", "A private note").get("reason"));
        assertTrue(note.contains("private post imported as a draft"), note);
        // The hand-written excerpt comes only in the edit context.
        asAdmin().get("/api/v1/posts/slug/" + site.slug("lake-notes-2")).then().statusCode(200)
                .body("excerpt", equalTo("A hand-written excerpt."));
        int imageId = ((Number) attachment.get("resourceId")).intValue();
        asAdmin().get("/api/v1/images/" + imageId).then().statusCode(200)
                .body("alt", equalTo("雷峰塔与西湖的日落")).body("caption", equalTo("杭州西湖"));
        asAdmin().get("/api/v1/posts/slug/" + site.slug("西湖-1")).then().statusCode(200)
                .body("featuredImage.id", equalTo(imageId))
                .body("html", containsString("/media/"));
        assertEquals(1, site.imageRequests.get(), "the image is fetched once for the attachment and the body");

        JsonPath again = run(request(true, true, false));
        assertCompleted(again);
        assertEquals(0, again.getInt("created"), "a re-run creates nothing");
        assertEquals(0, again.getInt("updated"));
        assertEquals(32, lines(Imports.items(again.getInt("id")), "post", "unchanged").size());
    }

    @Test
    @Order(4)
    void aBrokenPageOfPostsIsAFailedLineAndTheOtherPagesAreRead() {
        site.brokenPostsPage = 2;
        try {
            JsonPath job = run(request(false, false, false));
            assertCompleted(job);
            assertEquals(1, job.getInt("failed"));
            List<Map<String, Object>> items = Imports.items(job.getInt("id"));
            Map<String, Object> broken = lines(items, "posts", "failed").get(0);
            assertEquals("posts page 2 of 3", broken.get("title"));
            assertTrue(String.valueOf(broken.get("reason")).contains("500"), broken.toString());
            assertEquals(20, lines(items, "post", "unchanged").size() + lines(items, "post", "updated").size(),
                    "pages 1 and 3 are read: " + items);
        } finally {
            site.brokenPostsPage = 0;
        }
    }

    @Test
    @Order(5)
    void aWrongApplicationPasswordFailsTheJobSayingSo() {
        Map<String, Object> body = request(true, false, false);
        body.put("applicationPassword", "wrong");
        JsonPath job = run(body);
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("error").contains("401") && job.getString("error").contains("applicationPassword"),
                job.getString("error"));
    }

    @Test
    @Order(6)
    void aRedirectToAnotherHostFailsTheJob() {
        int id = asAdmin().body(Map.of("url", site.url() + "/moved")).post("/api/v1/imports/wordpress").then()
                .statusCode(202).extract().path("id");
        JsonPath job = Imports.await(id);
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("error").contains("another host"), job.getString("error"));
        asAdmin().post("/api/v1/imports/" + id + "/retry").then().statusCode(409);
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        asAdmin().body(Map.of("url", "ftp://blog.example.com")).post("/api/v1/imports/wordpress").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        asAdmin().body(Map.of("url", site.url(), "username", "admin")).post("/api/v1/imports/wordpress").then()
                .statusCode(422).body("errors[0].field", equalTo("applicationPassword"));
        asAdmin().body(Map.of("url", "https://user:pw@blog.example.com")).post("/api/v1/imports/wordpress").then()
                .statusCode(422).body("errors[0].field", equalTo("url"));
        asAdmin().body(Map.of()).post("/api/v1/imports/wordpress").then().statusCode(422)
                .body("errors[0].field", equalTo("url"));
        asAdmin().body(Map.of("url", site.url(), "fetchmedia", true)).post("/api/v1/imports/wordpress").then()
                .statusCode(400).body("errors[0].field", notNullValue());
        given().contentType("application/json").body(Map.of("url", site.url())).post("/api/v1/imports/wordpress")
                .then().statusCode(401);
    }
}
