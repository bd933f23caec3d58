package dev.inkstone.site;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.ValidatableResponse;

/** Content for site tests to point navigation at, made over HTTP. */
final class SiteFixtures {

    private SiteFixtures() {
    }

    /** A post with one tag and one category (created on first use by slug); returns its id. */
    static int post(String slug, String status, String tag, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "关于 " + slug);
        body.put("slug", slug);
        body.put("markdown", "你好");
        body.put("status", status);
        body.put("tags", List.of(tag));
        if (category != null) {
            body.put("categories", List.of(category));
        }
        return asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    static int tagId(String slug) {
        return asAdmin().get("/api/v1/tags/slug/{slug}", slug).then().statusCode(200).extract().path("id");
    }

    static int category(String slug) {
        return asAdmin().body(Map.of("name", "分类 " + slug, "slug", slug)).post("/api/v1/categories").then()
                .statusCode(201).extract().path("id");
    }

    /** PATCHes the site as the admin. */
    static ValidatableResponse patch(Object body) {
        return mergePatch().body(body).patch("/api/v1/site").then();
    }

    static Map<String, Object> link(String label, String field, Object value) {
        return Map.of("label", label, field, value);
    }
}
