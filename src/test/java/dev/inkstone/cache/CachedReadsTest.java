package dev.inkstone.cache;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Headers;
import io.restassured.specification.RequestSpecification;

import dev.inkstone.common.Api;

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

    /** Waits until the read is answered from memory (no statement), then returns that answer's headers. */
    private Headers fromMemory(Supplier<RequestSpecification> request, String path) {
        Headers[] headers = new Headers[1];
        await("a read served from the cache").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> statements(() -> headers[0] = request.get().get(path).then().statusCode(200).extract()
                        .headers()), repeated -> repeated == 0);
        return headers[0];
    }

    /** A list of two posts shown one per page, so its answer carries X-Total-Count and a Link header. */
    private static String twoPages(String prefix) {
        String tag = unique(prefix + "-tag");
        publish(unique(prefix + "-post"), tag);
        publish(unique(prefix + "-post"), tag);
        return "/api/v1/posts?perPage=1&tag=" + tag;
    }

    @Test
    void anAnswerFromMemoryCarriesTheHeadersOfTheComputedOne() {
        String path = twoPages("headers");
        Supplier<RequestSpecification> fromSite = () -> anonymous().header("Origin", "https://blog.example");
        var computed = fromSite.get().get(path).then().statusCode(200).extract().headers();
        var kept = fromMemory(fromSite, path);
        for (String name : List.of("ETag", "Cache-Control", "Vary", "Content-Type", "X-Total-Count", "Link",
                "Access-Control-Allow-Origin", "Access-Control-Expose-Headers")) {
            assertEquals(computed.getValues(name), kept.getValues(name), name);
        }
        assertEquals("https://blog.example", kept.getValue("Access-Control-Allow-Origin"));
        anonymous().header("If-None-Match", kept.getValue("ETag")).get(path).then().statusCode(304)
                .header("ETag", kept.getValue("ETag")).header("Vary", "Origin")
                .header("Cache-Control", kept.getValue("Cache-Control"));
    }

    @Test
    void anAcceptTheApiCannotMeetIsRefusedEvenWhenTheJsonIsKept() {
        String slug = unique("accept");
        publish(slug, unique("accept-tag"));
        fromMemory(Api::anonymous, "/api/v1/posts/slug/" + slug);
        anonymous().header("Accept", "text/html").get("/api/v1/posts/slug/{slug}", slug).then().statusCode(406);
    }

    @Test
    void theLinkHeaderFollowsTheSchemeItWasAskedWith() {
        String path = twoPages("scheme");
        fromMemory(Api::anonymous, path);
        // The test profile trusts X-Forwarded-Proto, as production does behind a proxy (INKSTONE_TRUST_PROXY).
        anonymous().header("X-Forwarded-Proto", "https").get(path).then()
                .statusCode(200).header("Link", startsWith("<https://"));
    }

    @Test
    void answersFromMemoryAreCountedUnderTheirRouteInTheMetrics() {
        String slug = unique("metrics");
        publish(slug, unique("metrics-tag"));
        fromMemory(Api::anonymous, "/api/v1/posts/slug/" + slug);
        String metrics = anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("uri=\"/api/v1/posts/slug/{slug}\""), "the route template names the reads");
        assertFalse(metrics.contains(slug), "no series per slug");
    }
}
