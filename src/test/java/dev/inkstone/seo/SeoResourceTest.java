package dev.inkstone.seo;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.inkstone.image.GeneratedImages;
import dev.inkstone.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The seo object of posts, tags, categories, pages and authors over HTTP: writes, merge patches, the rules and their
 * fields.
 */
@QuarkusTest
class SeoResourceTest {

    private static final List<String> COLLECTIONS = List.of("/api/v1/posts", "/api/v1/tags", "/api/v1/categories",
            "/api/v1/pages", "/api/v1/authors");

    /** A valid body for a create in the collection, with the given seo object. */
    private static Map<String, Object> body(String collection, Object seo) {
        return collection.endsWith("posts") || collection.endsWith("pages")
                ? Map.of("title", "搜索引擎优化", "slug", unique("seo-post"), "status", "published",
                        "markdown", "正文", "seo", seo)
                : Map.of("name", "SEO 测试", "slug", unique("seo-term"), "seo", seo);
    }

    private static int create(String collection, Object seo) {
        return asAdmin().body(body(collection, seo)).post(collection).then().statusCode(201).extract().path("id");
    }

    @Test
    void everyKindStoresShowsAndPatchesItsSeoFields() {
        int image = TestImages.uploadGenerated(GeneratedImages.LANDSCAPE_JPEG);
        for (String collection : COLLECTIONS) {
            int id = create(collection, Map.of("title", "算力差距 | 老范说", "description", "A hundredfold gap",
                    "canonicalUrl", "https://lukefan.com/china-ai/", "ogImage", image, "noindex", true));
            asAdmin().get(collection + "/{id}", id).then().statusCode(200)
                    .body("seo.title", equalTo("算力差距 | 老范说"))
                    .body("seo.description", equalTo("A hundredfold gap"))
                    .body("seo.canonicalUrl", equalTo("https://lukefan.com/china-ai/"))
                    .body("seo.ogImage.id", equalTo(image))
                    .body("seo.ogImage.variants[0].url", notNullValue())
                    .body("seo.noindex", equalTo(true));

            // A merge patch clears one field and keeps the others.
            mergePatch().body("{\"seo\": {\"title\": null}}").patch(collection + "/{id}", id).then().statusCode(200)
                    .body("seo.title", nullValue())
                    .body("seo.description", equalTo("A hundredfold gap"))
                    .body("seo.ogImage.id", equalTo(image));

            // What a GET shows can be sent back as is: ogImage as the image object.
            JsonPath read = asAdmin().get(collection + "/{id}", id).then().extract().jsonPath();
            Map<String, Object> seo = read.getMap("seo");
            mergePatch().body(Map.of("seo", seo)).patch(collection + "/{id}", id).then().statusCode(200)
                    .body("seo.ogImage.id", equalTo(image)).body("version", equalTo(read.getInt("version")));

            // null clears them all; the object stays, its fields null and noindex false.
            mergePatch().body("{\"seo\": null}").patch(collection + "/{id}", id).then().statusCode(200)
                    .body("seo.description", nullValue()).body("seo.canonicalUrl", nullValue())
                    .body("seo.ogImage", nullValue()).body("seo.noindex", equalTo(false));
        }
    }

    @Test
    void contentWithoutSeoShowsAnEmptySeoObject() {
        for (String collection : COLLECTIONS) {
            Map<String, Object> body = new java.util.HashMap<>(body(collection, Map.of()));
            body.remove("seo");
            int id = asAdmin().body(body).post(collection).then().statusCode(201).extract().path("id");
            asAdmin().get(collection + "/{id}", id).then().statusCode(200)
                    .body("seo.title", nullValue()).body("seo.ogImage", nullValue())
                    .body("seo.noindex", equalTo(false));
        }
    }

    @Test
    void aCanonicalUrlMustBeAnAbsoluteHttpAddress() {
        for (String collection : COLLECTIONS) {
            for (String bad : List.of("/relative/path", "javascript:alert(1)", "ftp://example.com/x", "https://")) {
                asAdmin().body(body(collection, Map.of("canonicalUrl", bad))).post(collection).then()
                        .statusCode(422).contentType("application/problem+json")
                        .body("errors.field", hasItem("seo.canonicalUrl"));
            }
            int id = create(collection, Map.of("canonicalUrl", "http://example.com/a"));
            mergePatch().body("{\"seo\": {\"canonicalUrl\": \"例子\"}}").patch(collection + "/{id}", id).then()
                    .statusCode(422).body("errors.field", hasItem("seo.canonicalUrl"));
        }
    }

    @Test
    void anUnknownOgImageOrTooLongTextIsA422NamingTheField() {
        for (String collection : COLLECTIONS) {
            asAdmin().body(body(collection, Map.of("ogImage", 987_654_321))).post(collection).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("seo.ogImage"));
            asAdmin().body(body(collection, Map.of("title", "长".repeat(301)))).post(collection).then()
                    .statusCode(422).body("errors.field", hasItem("seo.title"));
            asAdmin().body(body(collection, Map.of("description", "d".repeat(1001)))).post(collection).then()
                    .statusCode(422).body("errors.field", hasItem("seo.description"));
            asAdmin().body(body(collection, Map.of("noindex", "perhaps"))).post(collection).then()
                    .statusCode(400).body("errors.field", hasItem("seo.noindex"));
            asAdmin().body(body(collection, Map.of("keywords", "x"))).post(collection).then()
                    .statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void listsCarryTheOgImageAndAnImageInUseIsNotDeleted() {
        int image = TestImages.uploadGenerated(GeneratedImages.PHOTO_JPEG);
        String tag = unique("seo-list");
        int post = asAdmin().body(Map.of("title", "列表", "slug", unique("seo-list"), "status", "published",
                "markdown", "正文", "tags", List.of(tag), "seo", Map.of("ogImage", image))).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
        anonymous().get("/api/v1/posts?tag={tag}", tag).then().statusCode(200)
                .body("items[0].id", equalTo(post)).body("items[0].seo.ogImage.id", equalTo(image));
        asAdmin().delete("/api/v1/images/{id}", image).then().statusCode(409)
                .contentType("application/problem+json");

        int other = TestImages.uploadGenerated(GeneratedImages.PHOTO_WEBP);
        int term = create("/api/v1/tags", Map.of("ogImage", other));
        asAdmin().get("/api/v1/tags?sort=-id&perPage=5").then().statusCode(200)
                .body("items.find { it.id == " + term + " }.seo.ogImage.id", equalTo(other));
        asAdmin().delete("/api/v1/images/{id}", other).then().statusCode(409);
        mergePatch().body("{\"seo\": {\"ogImage\": null}}").patch("/api/v1/tags/{id}", term).then().statusCode(200);
        asAdmin().delete("/api/v1/images/{id}", other).then().statusCode(204);

        // A page's og:image is in use too, and shows in page lists.
        int third = TestImages.uploadGenerated(GeneratedImages.LANDSCAPE_JPEG);
        int page = create("/api/v1/pages", Map.of("ogImage", third));
        asAdmin().get("/api/v1/pages?sort=-id&perPage=5").then().statusCode(200)
                .body("items.find { it.id == " + page + " }.seo.ogImage.id", equalTo(third));
        asAdmin().delete("/api/v1/images/{id}", third).then().statusCode(409);

        // An author's og:image and avatar come from one batch in author lists, and the og:image is in use.
        int avatar = TestImages.uploadGenerated(GeneratedImages.PHOTO_WEBP);
        int fourth = TestImages.uploadGenerated(GeneratedImages.LANDSCAPE_JPEG);
        int author = asAdmin().body(Map.of("name", "SEO 作者", "slug", unique("seo-author"), "avatar", avatar,
                "seo", Map.of("ogImage", fourth))).post("/api/v1/authors").then().statusCode(201).extract().path("id");
        asAdmin().get("/api/v1/authors?sort=-id&perPage=5").then().statusCode(200)
                .body("items.find { it.id == " + author + " }.seo.ogImage.id", equalTo(fourth))
                .body("items.find { it.id == " + author + " }.seo.ogImage.variants[0].url", notNullValue())
                .body("items.find { it.id == " + author + " }.avatar.id", equalTo(avatar));
        asAdmin().delete("/api/v1/images/{id}", fourth).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aRevisionRestoreBringsTheSeoFieldsBack() {
        int id = create("/api/v1/posts", Map.of("title", "第一版标题", "noindex", true));
        mergePatch().body("{\"seo\": {\"title\": \"第二版标题\", \"noindex\": null}}")
                .patch("/api/v1/posts/{id}", id).then().statusCode(200);
        JsonPath history = asAdmin().get("/api/v1/posts/{id}/revisions", id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("seo"), history.getList("items[0].changedFields"));
        int first = history.getInt("items[1].id");
        asAdmin().get("/api/v1/posts/{id}/revisions/{rid}/diff", id, first).then().statusCode(200)
                .body("fields.field", hasItem("seo"));
        asAdmin().post("/api/v1/posts/{id}/revisions/{rid}/restore", id, first).then().statusCode(200)
                .body("seo.title", equalTo("第一版标题")).body("seo.noindex", equalTo(true))
                .body("seo.title", not(equalTo("第二版标题")));
    }
}
