package dev.inkstone.cache;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Public reads come from memory while the content is unchanged, and never outlive a change. */
@QuarkusTest
class CachedReadsTest {

    @Inject
    SessionFactory sessions;

    private long statements(Runnable request) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        request.run();
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }

    private static int publish(String slug, String tag) {
        return asAdmin().body(Map.of("title", "cached", "slug", slug, "status", "published",
                "publishedAt", "2020-01-01T00:00:00Z", "markdown", "x", "tags", List.of(tag)))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    @Test
    void aRepeatedPublicReadTouchesNoDatabase() {
        String slug = unique("cached");
        publish(slug, unique("cached-tag"));
        String first = anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .extract().header("ETag");
        // Right after a write the clock re-reads the content version on its own thread: allow it a moment.
        await("a read served from the cache").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200);
                    return statements(() -> anonymous().get("/api/v1/posts/slug/{slug}", slug).then()
                            .statusCode(200).header("ETag", first)
                            .header("Cache-Control", "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400")
                            .body("slug", equalTo(slug)));
                }, repeated -> repeated == 0);
        anonymous().header("If-None-Match", first).get("/api/v1/posts/slug/{slug}", slug).then().statusCode(304)
                .header("ETag", first);
    }

    @Test
    void aWriteIsVisibleToTheVeryNextRead() {
        String tag = unique("fresh");
        String slug = unique("fresh-post");
        int id = publish(slug, tag);
        var before = anonymous().get("/api/v1/posts?tag=" + tag).then().statusCode(200)
                .header("X-Total-Count", "1").extract();
        mergePatch().body("{\"title\": \"renamed\"}").patch("/api/v1/posts/{id}", id).then().statusCode(200);
        var after = anonymous().get("/api/v1/posts?tag=" + tag).then().statusCode(200)
                .body("items[0].title", equalTo("renamed")).extract();
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        publish(unique("second"), tag);
        anonymous().get("/api/v1/posts?tag=" + tag).then().header("X-Total-Count", "2")
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"first\""));
    }

    @Test
    void tokenHoldersAlwaysGetFreshPrivateAnswers() {
        String slug = unique("private");
        publish(slug, unique("private-tag"));
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200);
        String reader = token("reader");
        long withToken = statements(() -> as(reader).get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .header("Cache-Control", "private, no-store"));
        assertTrue(withToken > 0, "a token holder's read is computed");
    }
}
