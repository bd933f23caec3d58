package dev.inkstone.packaged;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** A post with tags through its whole life on the packaged jar: create, read, list by tag, replace, delete. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class PostCrudIT {

    static Map<String, Object> post(String slug, String title, List<String> tags) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("slug", slug);
        body.put("status", "published");
        body.put("markdown", "# " + title + "\n\n打包之后的正文。");
        body.put("tags", tags);
        return body;
    }

    @Test
    void createsReadsListsReplacesAndDeletesAPostWithTags() {
        String slug = unique("packaged-post");
        String tag = unique("packaged-tag");
        int id = asAdmin().body(post(slug, "打包测试", List.of(tag, "jar"))).post("/api/v1/posts").then()
                .statusCode(201).body("tags.slug", contains(tag, "jar")).extract().path("id");
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200).body("id", equalTo(id))
                .body("title", equalTo("打包测试"));
        anonymous().queryParam("tag", tag).get("/api/v1/posts").then().statusCode(200)
                .body("items.slug", contains(slug));
        anonymous().get("/api/v1/tags/slug/{slug}", tag).then().statusCode(200).body("postCount", equalTo(1));

        asAdmin().body(post(slug, "Packaged, replaced", List.of("jar"))).put("/api/v1/posts/{id}", id).then()
                .statusCode(200).body("title", equalTo("Packaged, replaced")).body("tags.slug", contains("jar"));
        // A tag no published post carries is hidden from anonymous readers; the admin sees it, counting none.
        anonymous().get("/api/v1/tags/slug/{slug}", tag).then().statusCode(404);
        asAdmin().get("/api/v1/tags/slug/{slug}", tag).then().statusCode(200).body("postCount", equalTo(0));

        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
    }
}
