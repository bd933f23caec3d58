package dev.inkstone.sync;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Sync tells offline copies which slugs a renamed resource had, so they can rewrite links that use them. */
@QuarkusTest
class SlugChangeSyncTest {

    @Test
    void aRenamedPostAndTagArriveWithTheirPreviousSlugs() {
        String tagSlug = unique("sync-tag");
        String postSlug = unique("sync-post");
        int post = asAdmin().body("{\"title\": \"改名\", \"slug\": \"" + postSlug + "\", \"status\": \"published\", "
                + "\"markdown\": \"x\", \"tags\": [\"" + tagSlug + "\"]}").post("/api/v1/posts").then()
                .statusCode(201).extract().path("id");
        int tag = asAdmin().get("/api/v1/tags/slug/{slug}", tagSlug).then().extract().path("id");
        String since = SyncClient.ANONYMOUS.now();

        String renamedPost = unique("sync-post-renamed");
        String renamedTag = unique("sync-tag-renamed");
        mergePatch().body("{\"slug\": \"" + renamedPost + "\"}").patch("/api/v1/posts/{id}", post).then()
                .statusCode(200);
        mergePatch().body("{\"slug\": \"" + renamedTag + "\"}").patch("/api/v1/tags/{id}", tag).then()
                .statusCode(200);

        SyncClient.Walk walk = SyncClient.ANONYMOUS.walk(since, 100);
        Map<String, Object> postChange = walk.last("post", post);
        assertEquals(List.of(postSlug), postChange.get("previousSlugs"));
        assertEquals(renamedPost, ((Map<?, ?>) postChange.get("post")).get("slug"));
        assertEquals(List.of(tagSlug), walk.last("tag", tag).get("previousSlugs"));
    }
}
