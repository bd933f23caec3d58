package dev.inkstone.search;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import org.apache.lucene.search.IndexSearcher;

/**
 * How many searches read the index at once; the others wait their turn, first come first served. A search is pure
 * CPU work on a memory-mapped index, so more of them at once than there are cores only share the cores: each takes
 * longer by the number running beside it, and a slow query (a phrase of two words every post has) held its core
 * share for the whole of its many times longer run. Run one after the other, a search takes its own time plus the
 * wait for those ahead of it. The search engines' way too (a search pool about the size of the cores, and a queue).
 */
final class SearchGate {

    private final Semaphore permits;

    SearchGate(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    <T> T through(SearchIndex.SearchWith<T> search, IndexSearcher searcher) throws IOException {
        // Not interruptible: a search is short, and a worker thread is interrupted only when the server stops.
        permits.acquireUninterruptibly();
        try {
            return search.apply(searcher);
        } finally {
            permits.release();
        }
    }
}
