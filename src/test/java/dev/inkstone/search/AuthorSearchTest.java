package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Author names are indexed like tag names, and ?author= narrows a search. */
@QuarkusTest
class AuthorSearchTest {

    @BeforeEach
    void indexReady() {
        SearchTesting.awaitIndex();
    }

    private static String post(String tag, String author, String markdown) {
        Map<String, Object> body = new LinkedHashMap<>();
        String slug = unique("author-search");
        body.put("title", "西湖游记");
        body.put("slug", slug);
        body.put("status", "published");
        body.put("markdown", markdown);
        body.put("tags", List.of(tag));
        body.put("authors", List.of(author));
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        return slug;
    }

    @Test
    void findsPostsByTheirAuthorsNameAndFiltersByAuthor() {
        String tag = unique("author-search-tag");
        String jane = unique("jane");
        asAdmin().body(Map.of("name", "Zebediah Quillfeather", "slug", jane)).post("/api/v1/authors").then()
                .statusCode(201);
        String byJane = post(tag, jane, "断桥残雪");
        String byOther = post(tag, unique("Other Writer"), "断桥残雪");
        SearchTesting.awaitIndexed("断桥", tag, 2);
        anonymous().queryParam("q", "Quillfeather").queryParam("tag", tag).get("/api/v1/search").then()
                .statusCode(200).body("items.slug", contains(byJane));
        anonymous().queryParam("q", "断桥").queryParam("author", jane).get("/api/v1/search").then()
                .statusCode(200).body("items.slug", contains(byJane));
        anonymous().queryParam("q", "断桥").queryParam("author", "no-" + jane).get("/api/v1/search").then()
                .statusCode(400).body("errors[0].field", equalTo("author"));
        anonymous().queryParam("q", "断桥").queryParam("tag", tag).get("/api/v1/search").then()
                .statusCode(200).body("items.slug", org.hamcrest.Matchers.containsInAnyOrder(byJane, byOther));
    }
}
