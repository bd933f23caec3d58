package dev.inkstone.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

import dev.inkstone.common.concurrent.SerialWorker;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.ContentCommitted;
import dev.inkstone.page.PageService;
import dev.inkstone.page.PageView;
import dev.inkstone.post.PostSync;

/**
 * The Lucene index of all posts and pages, derived from the database and kept current by following the change log.
 *
 * <p>Each Lucene commit stores, with the documents, the change number it reflects (the watermark) and the database's
 * epoch. So the index is consistent after a crash: it reopens at its last commit and applies the log after that
 * number. A missing, unreadable or other-schema index, or one from another database (epoch), is rebuilt from the
 * post and page tables in the background; searches answer from the older index meanwhile when one can still be read
 * (and say so), else 503. Applying changes is idempotent (each post's document
 * is rewritten from its current view), so replaying part of the log is harmless.
 *
 * <p>The parts: {@link IndexFiles} (directory, writer, searchers, commit data), {@link ChangeApplier} (log rows to
 * documents) and {@link WriteWaits} (read-your-writes); this class owns the state and the order of the work.
 *
 * <p>Every instance follows the log itself, on the indexer lane (one task at a time, so one writer): after its own
 * commits (the ContentCommitted event), on a poll for other instances' commits, and when a search knows of a newer
 * local commit. Such a search waits for it up to {@code inkstone.search.wait-for-writes}, so a writer finds what it
 * just wrote; after a bulk import longer than that, searches answer from the index as it stands while it catches up.
 */
@ApplicationScoped
class SearchIndex {

    /** Where the index stands; searches need READY. */
    enum State {
        OPENING, REBUILDING, READY, FAILED
    }

    private static final int LOG_PAGE = 1000;

    private final ChangeLog changes;
    private final PostSync posts;
    private final PageService pages;
    private final IndexFiles files;
    private final ChangeApplier applier;
    private final WriteWaits waits = new WriteWaits();
    private final Duration pollInterval;
    private final boolean indexOnCommit;
    private final Duration waitForWrites;
    private final int rebuildThreads;
    private final SearchGate gate;

    private volatile State state = State.OPENING;
    private long epoch;
    /** The single writer: opening, rebuilding and following all run here, one at a time. */
    private final SerialWorker indexer;
    private volatile boolean indexing;
    private static final long FOLLOW_WARNING_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    /** When followQuietly last warned; only the indexer thread runs it. */
    private long lastFollowWarning = System.nanoTime() - FOLLOW_WARNING_EVERY_NANOS;
    /** Every change up to this number is in the writer, searchable or not yet; only the indexer lane uses it. */
    private long written = -1;
    /** The last log row the writer took that searches cannot see yet (-1: none); what the next Lucene commit records. */
    private long unpublished = -1;
    /** When the writer took the oldest change searches cannot see yet (System.nanoTime). */
    private long unpublishedSince;
    /** Runs when a rebuilt index is committed, before searches move to it; tests hold the rebuild there. */
    private volatile Runnable beforeSwap = () -> { };

    SearchIndex(ChangeLog changes, PostSync posts, PageService pages, SearchConfig config, Vertx vertx,
            LabelAliases aliases) {
        this.indexer = new SerialWorker(vertx);
        this.changes = changes;
        this.posts = posts;
        this.pages = pages;
        this.files = new IndexFiles(config.directory(), SearchFields.schema(config.forgiving().aliases()));
        this.applier = new ChangeApplier(posts, pages, aliases);
        this.pollInterval = config.pollInterval();
        this.indexOnCommit = config.indexOnCommit();
        this.waitForWrites = config.waitForWrites();
        this.rebuildThreads = config.rebuildThreads().orElse(Runtime.getRuntime().availableProcessors());
        this.gate = new SearchGate(config.concurrency().orElse(Runtime.getRuntime().availableProcessors()));
    }

    /** Opens or rebuilds the index on the indexer lane, so startup does not wait for it. */
    void start(@Observes StartupEvent event) {
        indexing = true;
        indexer.execute(this::open);
        indexer.pollEvery(pollInterval, this::followQuietly);
    }

    @PreDestroy
    void stop() {
        if (!indexing) {
            return;
        }
        // No interrupts: an interrupted Lucene write closes its files and fails the writer.
        try {
            indexer.stop(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                files.close();
            } catch (IOException e) {
                Log.warnf("Search index did not close cleanly: %s", e.toString());
            }
        }
    }

    /** A commit on this instance: note its number and apply it soon (with index-on-commit off: when a search asks). */
    void committed(@Observes ContentCommitted event) {
        waits.committedHere(event.seq());
        if (indexOnCommit) {
            followSoon();
        }
    }

    /** Queues one follow on the indexer lane, unless one is queued already. */
    private void followSoon() {
        if (indexing) {
            try {
                indexer.executeSoon(this::followQuietly);
            } catch (RejectedExecutionException stopping) {
                // Shutting down: nothing will search again.
            }
        }
    }

    State state() {
        return state;
    }

    /** Whether searches can be answered: the index is ready, or an older one is read while it is rebuilt. */
    boolean searchable() {
        return state == State.READY || state == State.REBUILDING && files.searchers() != null;
    }

    /**
     * Brings the index up to every change committed on this instance so far (waiting a bounded time), then runs the
     * search on a current searcher; 503 while the index is not ready.
     */
    <T> T search(SearchWith<T> search) throws IOException {
        return search(-1, search).value();
    }

    /**
     * As {@link #search(SearchWith)}, but the index must also reflect change {@code atLeast} (the content version an
     * answer will be cached under); the answer says whether it got there in time or comes from an older index.
     */
    <T> Answer<T> search(long atLeast, SearchWith<T> search) throws IOException {
        if (!searchable()) {
            throw unavailable();
        }
        // During a rebuild the older index answers at once: it is not what the writes are waiting for.
        boolean rebuilding = state != State.READY;
        long target = Math.max(waits.target(), atLeast);
        if (!rebuilding && waits.applied() < target) {
            // Said before the follow is queued, so that the follow cannot leave the change unpublished for later.
            waits.want(target);
            followSoon();
            waits.await(target, waitForWrites);
        }
        boolean current = !rebuilding && waits.applied() >= target;
        SearcherManager manager = files.searchers();
        if (manager == null) {
            // A rebuild started meanwhile (another database's log appeared).
            throw unavailable();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            return new Answer<>(gate.through(search, searcher), current);
        } finally {
            manager.release(searcher);
        }
    }

    /** A search's result, and whether the index reflected every change it was asked to. */
    record Answer<T>(T value, boolean current) {
    }

    static ApiException unavailable() {
        return new ApiException(503, "search-unavailable", "Service Unavailable",
                "The search index is being built from the database; try again shortly", null,
                Map.of("Retry-After", "2"));
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    interface SearchWith<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Drops the open writer without committing and opens the index again from its files, as a restart after a crash
     * would; for tests of recovery.
     */
    synchronized void reopen() throws IOException {
        state = State.OPENING;
        files.drop();
        open();
    }

    /** What a rebuild runs when the new index is committed, before searches move to it; for tests. */
    void beforeSwap(Runnable hook) {
        beforeSwap = hook;
    }

    /** Rebuilds the index from the database on the indexer lane, as a changed schema or database would; for tests. */
    void rebuildSoon() {
        indexer.execute(() -> {
            try {
                rebuild();
            } catch (IOException | RuntimeException e) {
                state = State.FAILED;
                Log.errorf(e, "Search index could not be rebuilt in %s", files.path());
            }
        });
    }

    /** The newest change searches see. */
    long visibleChange() {
        return waits.applied();
    }

    /** Where the index lives. */
    Path path() {
        return files.path();
    }

    private synchronized void open() {
        try {
            ChangeLog.Position position = QuarkusTransaction.requiringNew().call(changes::position);
            epoch = position.epoch();
            IndexFiles.Opened opened = files.open(epoch);
            if (opened.watermark() != null) {
                startFrom(opened.watermark());
                state = State.READY;
                Log.infof("Search index opened at change %d; following the log from there", opened.watermark());
                follow();
            } else {
                Log.infof("Search index %s: rebuilding from the database", opened.readable()
                        ? "from another database or schema" : "missing or unreadable");
                rebuild();
            }
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            Log.errorf(e, "Search index could not be opened in %s", files.path());
        }
    }

    /**
     * Indexes every post and page from scratch. The watermark is the log position read before the walk: every change up
     * to it is in the views read afterwards, and later ones are applied again by the next follow.
     */
    private synchronized void rebuild() throws IOException {
        state = State.REBUILDING;
        long started = System.nanoTime();
        files.recreate();
        ChangeLog.Position position = QuarkusTransaction.requiringNew().call(changes::position);
        epoch = position.epoch();
        int count = reindexAll();
        int pageCount = reindexPages();
        files.commit(position.seq(), epoch);
        startFrom(position.seq());
        beforeSwap.run();
        files.startSearching();
        state = State.READY;
        Log.infof("Search index rebuilt: %d posts and %d pages in %d ms", count, pageCount,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        compact();
        follow();
    }

    /** Merges the rebuilt index into one segment in the background; searches answer meanwhile. */
    private void compact() {
        long started = System.nanoTime();
        files.compact().whenComplete((segments, failure) -> {
            if (failure != null) {
                // Mostly a rebuild, reopen or stop that closed the writer meanwhile; either way the index is whole.
                Log.infof("Search index not merged into one segment (%s); it is searched as it is", failure.toString());
            } else if (segments > 1) {
                Log.infof("Search index compacted: %d segments into one in %d ms", segments,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } else {
                Log.info("Search index compacted: nothing to merge");
            }
        });
    }

    /**
     * Every post, in batches of ids read in order here and indexed on {@link #rebuildThreads} threads: reading the
     * views and analysing the text (smartcn, bigrams, offsets) is per-post work the writer takes concurrently, and one
     * thread indexed about 400 posts/s. At most two batches per thread wait, so memory stays bounded.
     */
    private int reindexAll() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(rebuildThreads, task -> {
            Thread thread = new Thread(task, "search-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Integer>> running = new ArrayDeque<>();
        IndexWriter writer = files.writer();
        int count = 0;
        try {
            long afterId = 0;
            while (true) {
                long after = afterId;
                List<Long> ids = QuarkusTransaction.requiringNew()
                        .call(() -> posts.idsAfter(after, ChangeApplier.VIEW_BATCH));
                if (ids.isEmpty()) {
                    break;
                }
                running.add(pool.submit(() -> applier.reindex(writer, ids)));
                afterId = ids.get(ids.size() - 1);
                if (running.size() >= 2 * rebuildThreads) {
                    count += finish(running.poll());
                }
            }
            while (!running.isEmpty()) {
                count += finish(running.poll());
            }
        } finally {
            running.forEach(task -> task.cancel(false));
            pool.shutdown();
        }
        return count;
    }

    /** Every page, in batches read in id order on this thread: a site has few pages beside its posts. */
    private int reindexPages() throws IOException {
        IndexWriter writer = files.writer();
        int count = 0;
        long afterId = 0;
        while (true) {
            long after = afterId;
            List<PageView> batch = QuarkusTransaction.requiringNew()
                    .call(() -> pages.allAfter(after, ChangeApplier.VIEW_BATCH));
            if (batch.isEmpty()) {
                return count;
            }
            ChangeApplier.indexPages(writer, batch);
            count += batch.size();
            afterId = batch.get(batch.size() - 1).id();
        }
    }

    private static int finish(Future<Integer> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Search index rebuild interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private void followQuietly() {
        try {
            follow();
        } catch (IOException | RuntimeException e) {
            // The database may be away; the next poll or search tries again from the same watermark. A failure that
            // lasts (a row the index cannot take stops everything after it) is said at warning level once a minute,
            // so it is seen without a log line per poll.
            long now = System.nanoTime();
            if (now - lastFollowWarning > FOLLOW_WARNING_EVERY_NANOS) {
                lastFollowWarning = now;
                Log.warnf("Search index could not follow the change log (searches answer from the index as it "
                        + "stands, X-Search-Index: behind): %s", e.toString());
            } else {
                Log.debugf("Search index could not follow the change log: %s", e.toString());
            }
        }
    }

    /**
     * Applies the log after what the writer holds ({@link ChangeApplier}), then publishes: commits with the new
     * watermark, refreshes searchers and wakes the searches waiting for it. A changed epoch (another database)
     * rebuilds.
     */
    synchronized void follow() throws IOException {
        if (state != State.READY) {
            return;
        }
        long seq = written;
        ChangeType type = null;
        long id = 0;
        boolean changed = false;
        long[] position = { seq };
        while (true) {
            long afterSeq = seq;
            ChangeType afterType = type;
            long afterId = id;
            List<ChangeLog.Logged> rows = QuarkusTransaction.requiringNew().call(() -> {
                ChangeLog.Position now = changes.position();
                if (now.epoch() != epoch) {
                    return null;
                }
                position[0] = now.seq();
                return changes.changesAfter(afterSeq, afterType, afterId, LOG_PAGE);
            });
            if (rows == null) {
                Log.info("Search index belongs to another database (epoch changed): rebuilding");
                rebuild();
                return;
            }
            if (rows.isEmpty()) {
                break;
            }
            applier.apply(files.writer(), rows);
            changed = true;
            ChangeLog.Logged last = rows.get(rows.size() - 1);
            seq = last.seq();
            type = last.type();
            id = last.id();
            if (rows.size() < LOG_PAGE) {
                break;
            }
        }
        // Every change numbered up to the position read before the last page is committed and was in the log;
        // numbers without a post, tag or category row (other content) leave the index as it is, but still count as
        // reflected: searches wait for the content version, which counts them too.
        written = Math.max(seq, position[0]);
        if (changed) {
            if (unpublished < 0) {
                unpublishedSince = System.nanoTime();
            }
            unpublished = seq;
        }
        if (unpublished >= 0 && !(changed && publishLater())) {
            files.commit(unpublished, epoch);
            files.refresh();
            unpublished = -1;
        }
        if (unpublished < 0 && written > waits.applied()) {
            waits.applied(written);
        }
        waits.announce();
    }

    /**
     * Whether a follow that took changes in leaves them unsearchable for now. Publishing (a Lucene commit, and a
     * refresh that writes the new documents as a small segment, merged again later) cost a stream of {@code PUT}s
     * one commit and one segment per few posts, for searches nobody made. So it waits, unless a search waits for one
     * of the changes (every search on this instance waits for the writes committed here before it) or the oldest is a
     * poll interval old; a follow that finds nothing new (the next poll, once the writes stop) publishes.
     */
    private boolean publishLater() {
        return !waits.wanted() && System.nanoTime() - unpublishedSince < pollInterval.toNanos();
    }

    /** The index reflects every change up to {@code watermark}, committed and searchable: follow from there. */
    private void startFrom(long watermark) {
        written = watermark;
        unpublished = -1;
        waits.applied(watermark);
    }
}
