package dev.inkstone.common.http;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** Content the conditional-request tests make through the API, each piece under a unique slug. */
final class Content {

    static final String STRONG_ETAG = "\"[A-Za-z0-9_-]{22}\"";

    private Content() {
    }

    /** A tag's id; its slug is {@code slug}. */
    static int tag(String slug) {
        return asAdmin().body(Map.of("name", "Tag " + slug, "slug", slug)).post("/api/v1/tags")
                .then().statusCode(201).extract().path("id");
    }

    /** A tag anonymous readers see, as a published post carries it; its id. */
    static int publicTag(String slug) {
        int id = tag(slug);
        publishedPost(slug, null);
        return id;
    }

    static int category(String slug, Integer parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Category " + slug);
        body.put("slug", slug);
        body.put("parentId", parentId);
        return asAdmin().body(body).post("/api/v1/categories").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> post(String slug, String status, List<String> tags, List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "缓存与条件请求 " + slug);
        body.put("slug", slug);
        body.put("status", status);
        body.put("markdown", "## 缓存\n\n每个响应都有一个强 ETag。");
        body.put("tags", tags);
        body.put("categories", categories);
        return body;
    }

    /**
     * A published post carrying the tag and category; returns its id. It is dated in the past so that tests about
     * the newest posts, which may run next on the same database, never see it first.
     */
    static int publishedPost(String tagSlug, String categorySlug) {
        Map<String, Object> body = post(unique("etag-post"), "published", List.of(tagSlug),
                categorySlug == null ? List.of() : List.of(categorySlug));
        body.put("publishedAt", "2020-02-02T02:02:02Z");
        return asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    /** The address of the page of the public post list that shows the post. */
    static String postListPageShowing(int postId) {
        for (int page = 1; page <= 1000; page++) {
            String path = "/api/v1/posts?perPage=100&page=" + page;
            Response response = read(path);
            if (response.jsonPath().getList("items.id", Integer.class).contains(postId)) {
                return path;
            }
            if (response.jsonPath().getList("items").isEmpty()) {
                break;
            }
        }
        throw new AssertionError("post " + postId + " is on no page of the list");
    }

    /** An anonymous GET that must be a 200. */
    static Response read(String path, Object... parameters) {
        Response response = anonymous().get(path, parameters);
        response.then().statusCode(200);
        return response;
    }

    static String etag(String path, Object... parameters) {
        return read(path, parameters).header("ETag");
    }
}
