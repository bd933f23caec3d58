package dev.inkstone.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code inkstone.search}. */
@ConfigMapping(prefix = "inkstone.search")
public interface SearchConfig {

    /** Where the Lucene index lives (INKSTONE_SEARCH_DIR); absent, a temporary folder per run. */
    Optional<Path> directory();

    /** How soon a write on another instance reaches this one's index (INKSTONE_SEARCH_POLL). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Whether this instance's own commits are indexed at once, on the indexer thread. */
    @WithDefault("true")
    boolean indexOnCommit();

    /** How long a search waits for the index to take in writes committed here before it (read-your-writes). */
    @WithDefault("5s")
    Duration waitForWrites();

    /**
     * Hits are counted exactly up to this many; past it the total is a lower bound (page.totalItemsExact false),
     * which lets Lucene skip what cannot reach the page. Offset pages past it still answer (they reach 10,000
     * results); only their total is a bound. 1,000, as Lucene's own default: on 100,000 posts it answered the
     * search benchmark's distinct queries about a quarter faster than 10,000 (2026-12-07, README).
     */
    @WithDefault("1000")
    @Min(1)
    int exactTotalUpTo();

    /** Threads indexing posts in a rebuild (INKSTONE_SEARCH_REBUILD_THREADS); absent, one per core. */
    Optional<@Min(1) Integer> rebuildThreads();

    /**
     * How many searches read the index at once (INKSTONE_SEARCH_CONCURRENCY); the others wait in turn. Absent, one
     * per core: see SearchGate.
     */
    Optional<@Min(1) Integer> concurrency();

    /** Synonym groups an administrator adds to the built-in ones (INKSTONE_SEARCH_SYNONYMS_FILE); see Synonyms. */
    Optional<Path> synonymsFile();

    /**
     * When a search requiring every word finds fewer posts than this, it is run again requiring fewer words, and
     * the answer says {@code "relaxed": true}; 0 never relaxes. 5 (a first page's worth) measured better than 1
     * (only when nothing matched) on questions and no worse elsewhere (see ForgivingComparisonTest).
     */
    @WithDefault("5")
    int relaxBelow();

    /** Which of the forgiving additions search makes; all on by default (relaxing has {@link #relaxBelow}). */
    Forgiving forgiving();

    /**
     * Each addition can be turned off, to measure what it costs (src/bench/forgiving-cost.sh) or for a site that does
     * not want it. Off skips its work, not only its results.
     */
    interface Forgiving {

        /** Query words also match their synonym groups (INKSTONE_SEARCH_FORGIVING_SYNONYMS). */
        @WithDefault("true")
        boolean synonyms();

        /** Letters also match titles and labels as pinyin and initials (INKSTONE_SEARCH_FORGIVING_PINYIN). */
        @WithDefault("true")
        boolean pinyin();

        /** The last word also matches as a prefix, in titles and labels (INKSTONE_SEARCH_FORGIVING_PREFIX). */
        @WithDefault("true")
        boolean prefix();

        /** A word no post has also matches within one or two edits (INKSTONE_SEARCH_FORGIVING_FUZZY). */
        @WithDefault("true")
        boolean fuzzy();

        /**
         * Tag and category aliases are indexed with their names (INKSTONE_SEARCH_FORGIVING_ALIASES). Unlike the
         * others this is indexing work, not query work: changing it rebuilds the index on the next start.
         */
        @WithDefault("true")
        boolean aliases();
    }
}
