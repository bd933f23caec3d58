package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;

/** Test helper: the index opens or rebuilds in the background after start; tests wait for it. */
final class SearchTesting {

    private SearchTesting() {
    }

    static void awaitIndex() throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (anonymous().queryParam("q", "ready").get("/api/v1/search").statusCode() == 503) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The search index did not become ready in 5 minutes");
            }
            Thread.sleep(200);
        }
    }

    /** Waits until a search finds at least {@code count} posts: after bulk writes the index catches up a while. */
    static void awaitIndexed(String q, String tag, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (Integer.parseInt(anonymous().queryParam("q", q).queryParam("tag", tag).get("/api/v1/search").then()
                .statusCode(200).extract().header("X-Total-Count")) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The search index did not take in " + count + " posts in 5 minutes");
            }
            Thread.sleep(500);
        }
    }
}
