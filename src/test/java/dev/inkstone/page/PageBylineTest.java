package dev.inkstone.page;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A page's authors over HTTP, named as a post's are: by slug, as the objects a GET shows, or by a new name. */
@QuarkusTest
class PageBylineTest {

    private static Map<String, Object> page(String slug, Object authors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "关于我们");
        body.put("slug", slug);
        body.put("status", "published");
        body.put("markdown", "两个人，一只猫。");
        body.put("authors", authors);
        return body;
    }

    @Test
    void aPageShowsItsBylineInOrderAndTakesBackWhatItShows() {
        String slug = unique("laofan");
        asAdmin().body(Map.of("name", "老范", "slug", slug, "bio", "写中国故事")).post("/api/v1/authors").then()
                .statusCode(201);
        // An unknown entry creates an author named by it, as for posts.
        String newName = "Jane Page " + unique("x");
        String page = unique("byline-page");
        int id = asAdmin().body(page(page, List.of(slug, newName))).post("/api/v1/pages").then().statusCode(201)
                .body("authors.slug", equalTo(List.of(slug, newName.toLowerCase().replace(' ', '-'))))
                .body("authors[0].name", equalTo("老范")).body("authors[1].name", equalTo(newName))
                .extract().path("id");
        anonymous().get("/api/v1/pages/slug/{slug}", page).then().statusCode(200)
                .body("authors.name", equalTo(List.of("老范", newName)));

        // What a GET shows can be sent back: authors as objects; the same byline changes nothing.
        JsonPath read = asAdmin().get("/api/v1/pages/{id}", id).then().extract().jsonPath();
        Map<String, Object> body = page(page, read.getList("authors"));
        asAdmin().body(body).put("/api/v1/pages/{id}", id).then().statusCode(200)
                .body("version", equalTo(read.getInt("version")));

        // A merge patch reorders; an empty list clears.
        mergePatch().body(Map.of("authors", List.of(newName.toLowerCase().replace(' ', '-'), slug)))
                .patch("/api/v1/pages/{id}", id).then().statusCode(200)
                .body("authors.name", equalTo(List.of(newName, "老范")));
        mergePatch().body("{\"authors\": []}").patch("/api/v1/pages/{id}", id).then().statusCode(200)
                .body("authors", equalTo(List.of()));
        // The list shows bylines too.
        mergePatch().body(Map.of("authors", List.of(slug))).patch("/api/v1/pages/{id}", id).then().statusCode(200);
        asAdmin().get("/api/v1/pages?sort=-id&perPage=5").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.authors[0].slug", equalTo(slug));
    }

    @Test
    void tooManyOrBlankAuthorsAreA422NamingTheField() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("author-" + i);
        }
        asAdmin().body(page(unique("many"), many)).post("/api/v1/pages").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("authors"));
        asAdmin().body(page(unique("blank"), List.of(" "))).post("/api/v1/pages").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem(org.hamcrest.Matchers
                        .startsWith("authors")));
    }

    @Test
    void deletingAnAuthorTakesItOffPageBylines() {
        String slug = unique("gone");
        int author = asAdmin().body(Map.of("name", "要删的作者", "slug", slug)).post("/api/v1/authors").then()
                .statusCode(201).extract().path("id");
        int id = asAdmin().body(page(unique("gone-page"), List.of(slug))).post("/api/v1/pages").then()
                .statusCode(201).extract().path("id");
        asAdmin().delete("/api/v1/authors/{id}", author).then().statusCode(204);
        asAdmin().get("/api/v1/pages/{id}", id).then().statusCode(200).body("authors", equalTo(List.of()));
    }
}
