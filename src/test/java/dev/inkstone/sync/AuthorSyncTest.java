package dev.inkstone.sync;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static dev.inkstone.sync.SyncClient.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Author writes reach sync like tag writes: upserts with the author's view, a tombstone after a delete. */
@QuarkusTest
class AuthorSyncTest {

    @Test
    void syncReportsAuthorChangesOnceTheAuthorIsPublic() {
        String since = ANONYMOUS.now();
        String slug = unique("sync-author");
        int id = asAdmin().body(Map.of("name", "老范", "slug", slug)).post("/api/v1/authors").then().statusCode(201)
                .extract().path("id");
        // No published post carries it yet: anonymous clients get no view of it (at most a tombstone, as for tags).
        Map<String, Object> hidden = ANONYMOUS.walk(since, 100).last("author", id);
        assertTrue(hidden == null || "delete".equals(hidden.get("action")), String.valueOf(hidden));

        Map<String, Object> body = SyncResourceTest.post(unique("sync-byline"), "published");
        body.put("authors", List.of(slug));
        int post = SyncResourceTest.create(body);
        mergePatch().body(Map.of("bio", "播客主播")).patch("/api/v1/authors/{id}", id).then().statusCode(200);
        SyncClient.Walk walk = ANONYMOUS.walk(since, 100);
        Map<String, Object> change = walk.last("author", id);
        assertEquals("upsert", change.get("action"));
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) change.get("author");
        assertEquals("播客主播", view.get("bio"));
        assertEquals(1, view.get("postCount"));

        String before = ANONYMOUS.now();
        asAdmin().delete("/api/v1/posts/{id}", post).then().statusCode(204);
        asAdmin().delete("/api/v1/authors/{id}", id).then().statusCode(204);
        assertEquals("delete", ANONYMOUS.walk(before, 100).last("author", id).get("action"));
    }
}
