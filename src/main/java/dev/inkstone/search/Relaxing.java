package dev.inkstone.search;

import java.io.IOException;

import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

import dev.inkstone.common.paging.Page;

/**
 * Graceful degradation: a search first requires every word; when that finds fewer posts than
 * {@code inkstone.search.relax-below}, it drops the question's fillers (how, 如何, 的…), then requires one word
 * fewer, then half of them, then any one, and stops at the first that finds enough. Posts matching more words score higher, so the best come first; the answer says it was
 * relaxed. Every page of a search decides alike (the strict count does not depend on the page), so cursors hold.
 */
final class Relaxing {

    /** One run of the search with the given text query. */
    @FunctionalInterface
    interface Run {
        Page<SearchHit> with(Query words) throws IOException;
    }

    private Relaxing() {
    }

    static SearchService.Answer search(ForgivingQuery query, int relaxBelow, Run run) throws IOException {
        Page<SearchHit> strict = run.with(query.all());
        int parts = query.size();
        if (strict.page().totalItems() >= relaxBelow || (parts < 2 && !query.hasFillers())) {
            return new SearchService.Answer(strict, false);
        }
        Page<SearchHit> relaxed = strict;
        // Fillers go first (every other word still required), then words one by one as below.
        int tried = query.hasFillers() ? parts + 1 : parts;
        for (int minimum : new int[] { parts, parts - 1, (parts + 1) / 2, 1 }) {
            if (minimum >= tried || minimum < 1) {
                continue;
            }
            tried = minimum;
            relaxed = run.with(query.relaxed(minimum));
            if (relaxed.page().totalItems() >= relaxBelow) {
                break;
            }
        }
        return relaxed.page().totalItems() > strict.page().totalItems()
                ? new SearchService.Answer(relaxed, true) : new SearchService.Answer(strict, false);
    }

    /**
     * The text scored within the filters (FILTER and MUST_NOT clauses): the hits of a boolean query of both, run so
     * that Lucene's bulk scorers can skip what cannot reach the page (see {@link ScoredWithin}).
     */
    static Query filtered(BooleanQuery filters, Query words) {
        return new ScoredWithin(words, filters);
    }
}
