package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A repeated anonymous search is answered from the response cache like a list read, until the content changes; a
 * token holder's search is always computed and private.
 */
@QuarkusTest
class SearchCachingTest {

    @Inject
    SessionFactory sessions;

    @BeforeEach
    void indexReady() {
        SearchTesting.awaitIndex();
    }

    /** Statements the request prepared: a computed search with a tag filter asks the database for the tag's id. */
    private long statements(Runnable request) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        request.run();
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }

    @Test
    void aRepeatedAnonymousSearchComesFromTheCacheUntilAWrite() {
        String tag = unique("search-cache");
        String first = SearchResourceTest.post(tag, "极光 一", "极光");
        // Right after a write the clock re-reads the content version on its own thread: allow it a moment.
        await("a search served from the cache").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    anonymous().queryParam("q", "极光").queryParam("tag", tag).get("/api/v1/search").then()
                            .statusCode(200);
                    return statements(() -> anonymous().queryParam("q", "极光").queryParam("tag", tag)
                            .get("/api/v1/search").then().statusCode(200)
                            .header("Cache-Control", startsWith("public"))
                            .body("items.slug", contains(first)));
                }, repeated -> repeated == 0);

        // A write takes a new content version: the very next search is computed again and finds the new post.
        String second = SearchResourceTest.post(tag, "极光 二", "极光");
        anonymous().queryParam("q", "极光").queryParam("tag", tag).get("/api/v1/search").then().statusCode(200)
                .header("X-Total-Count", "2").body("items.slug", containsInAnyOrder(first, second));
    }

    @Test
    void aTokenHoldersSearchIsComputedAndPrivate() {
        String tag = unique("search-private");
        SearchResourceTest.post(tag, "雪山", "雪山");
        anonymous().queryParam("q", "雪山").queryParam("tag", tag).get("/api/v1/search").then().statusCode(200);
        anonymous().queryParam("q", "雪山").queryParam("tag", tag).get("/api/v1/search").then().statusCode(200);
        String reader = token("reader");
        long withToken = statements(() -> as(reader).queryParam("q", "雪山").queryParam("tag", tag)
                .get("/api/v1/search").then().statusCode(200).header("Cache-Control", "private, no-store"));
        assertTrue(withToken > 0, "a token holder's search is computed");
    }
}
