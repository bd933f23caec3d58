package dev.inkstone.post;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.time.TestClock;

/** Totals and postCounts are counted once per content change, and still follow writes and the clock exactly. */
@QuarkusTest
class CountCacheTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessions;

    private static void publish(String tag, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "counted");
        body.put("slug", unique("counted"));
        body.put("status", "published");
        body.put("publishedAt", at.toString());
        body.put("markdown", "x");
        body.put("tags", List.of(tag));
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
    }

    /** With a token, so the answer is computed rather than served from the public response cache. */
    private long statements(String url) {
        String reader = token("reader");
        long before = sessions.getStatistics().getPrepareStatementCount();
        as(reader).get(url).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }

    @Test
    void aRepeatedListSkipsCounting() {
        String tag = unique("cached");
        publish(tag, Instant.parse("2020-01-01T00:00:00Z"));
        String url = "/api/v1/posts?tag=" + tag + "&include=tags";
        long first = statements(url);
        long second = statements(url);
        // The second request neither counts the list nor the tag's posts again.
        assertTrue(second <= first - 2, "first " + first + ", second " + second);
    }

    @Test
    void totalsAndPostCountsFollowWrites() {
        String tag = unique("follows");
        publish(tag, Instant.parse("2020-01-01T00:00:00Z"));
        anonymous().get("/api/v1/posts?tag=" + tag).then().header("X-Total-Count", "1");
        anonymous().get("/api/v1/tags/slug/{slug}", tag).then().body("postCount", equalTo(1));
        publish(tag, Instant.parse("2020-01-02T00:00:00Z"));
        anonymous().get("/api/v1/posts?tag=" + tag).then().header("X-Total-Count", "2");
        anonymous().get("/api/v1/tags/slug/{slug}", tag).then().body("postCount", equalTo(2));
    }

    @Test
    void aScheduledPostIsCountedOnceItsTimeComesWithoutAnyWrite() {
        String tag = unique("due");
        publish(tag, Instant.parse("2020-01-01T00:00:00Z"));
        publish(tag, clock.instant().plusSeconds(30));
        anonymous().get("/api/v1/posts?tag=" + tag).then().header("X-Total-Count", "1");
        anonymous().get("/api/v1/tags/slug/{slug}", tag).then().body("postCount", equalTo(1));
        clock.advance(Duration.ofSeconds(31));
        anonymous().get("/api/v1/posts?tag=" + tag).then().header("X-Total-Count", "2");
        anonymous().get("/api/v1/tags/slug/{slug}", tag).then().body("postCount", equalTo(2));
        assertEquals(2, anonymous().get("/api/v1/posts?tag=" + tag).then().extract().jsonPath()
                .getList("items").size());
    }
}
