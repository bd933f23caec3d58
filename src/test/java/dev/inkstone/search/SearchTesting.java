package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;

import io.restassured.response.ValidatableResponse;

/** Test helper: the index opens or rebuilds in the background after start; tests wait for it. */
final class SearchTesting {

    /** A rebuild over a test database that earlier runs filled with the shared corpus, on a busy machine. */
    private static final Duration REBUILD = Duration.ofMinutes(5);

    private SearchTesting() {
    }

    static void awaitIndex() {
        Awaitility.await("the search index becoming ready").atMost(REBUILD).pollInterval(Duration.ofMillis(200))
                .until(() -> anonymous().queryParam("q", "ready").get("/api/v1/search").statusCode() != 503);
    }

    /** Waits until a search finds at least {@code count} posts: after bulk writes the index catches up a while. */
    static void awaitIndexed(String q, String tag, int count) {
        Awaitility.await("the search index taking in " + count + " posts").atMost(REBUILD)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Integer.parseInt(anonymous().queryParam("q", q).queryParam("tag", tag)
                        .get("/api/v1/search").then().statusCode(200).extract().header("X-Total-Count")) >= count);
    }

    /** An anonymous search for {@code q} among the posts of {@code tag} (a tag of the test's own), answered 200. */
    static ValidatableResponse search(String tag, String q) {
        return anonymous().queryParam("q", q).queryParam("tag", tag).get("/api/v1/search").then().statusCode(200);
    }

    /** The slugs that search finds, in rank order. */
    static List<String> slugs(String tag, String q) {
        return search(tag, q).extract().jsonPath().getList("items.slug");
    }
}
