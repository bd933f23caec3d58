package dev.inkstone.packaged;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** ETags on the packaged jar: a matching If-None-Match is a 304, a stale If-Match a 412 that changes nothing. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class ConditionalRequestsIT {

    @Test
    void readsRevalidateAndStaleWritesAreRefused() {
        String slug = unique("packaged-etag");
        int id = asAdmin().body(PostCrudIT.post(slug, "条件请求", List.of())).post("/api/v1/posts").then()
                .statusCode(201).extract().path("id");
        String etag = anonymous().get("/api/v1/posts/{id}", id).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/v1/posts/{id}", id).then().statusCode(304);

        String current = asAdmin().header("If-Match", etag).body(PostCrudIT.post(slug, "第二版", List.of()))
                .put("/api/v1/posts/{id}", id).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag).body(PostCrudIT.post(slug, "过期的写入", List.of()))
                .put("/api/v1/posts/{id}", id).then().statusCode(412).contentType("application/problem+json");
        anonymous().header("If-None-Match", etag).get("/api/v1/posts/{id}", id).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("title", equalTo("第二版"));
        anonymous().header("If-None-Match", current).get("/api/v1/posts/{id}", id).then().statusCode(304);
    }
}
