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
}
