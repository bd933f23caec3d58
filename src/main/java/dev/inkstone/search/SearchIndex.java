package dev.inkstone.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

import dev.inkstone.common.concurrent.SerialWorker;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.ContentCommitted;
import dev.inkstone.post.PostSync;
import dev.inkstone.post.PostView;

/**
 * The Lucene index of all posts, derived from the database and kept current by following the change log.
 *
 * <p>Each Lucene commit stores, with the documents, the change number it reflects (the watermark) and the database's
 * epoch. So the index is consistent after a crash: it reopens at its last commit and applies the log after that
 * number. A missing, unreadable or other-schema index, or one from another database (epoch), is rebuilt from the
 * post table in the background; searches answer 503 meanwhile. Applying changes is idempotent (each post's document
 * is rewritten from its current view), so replaying part of the log is harmless.
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

    private static final String WATERMARK = "inkstone.seq";
    private static final String EPOCH = "inkstone.epoch";
    private static final String SCHEMA = "inkstone.schema";
    private static final int LOG_PAGE = 1000;
    private static final int VIEW_BATCH = 200;

    private final ChangeLog changes;
    private final PostSync posts;
    private final Optional<Path> configuredDirectory;
    private final Duration pollInterval;
    private final boolean indexOnCommit;
    private final Duration waitForWrites;
    /** Notified whenever the watermark moves. */
    private final Object progress = new Object();

    private volatile State state = State.OPENING;
    private Path path;
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private long epoch;
    /** The change number the index reflects; guarded by this. */
    private volatile long applied = -1;
    /** The newest change number committed on this instance. */
    private final AtomicLong committedHere = new AtomicLong(-1);
    private final AtomicBoolean followQueued = new AtomicBoolean();
    /** The single writer: opening, rebuilding and following all run here, one at a time. */
    private final SerialWorker indexer;
    private volatile boolean indexing;

    SearchIndex(ChangeLog changes, PostSync posts, SearchConfig config, Vertx vertx) {
        this.indexer = new SerialWorker(vertx);
        this.changes = changes;
        this.posts = posts;
        this.configuredDirectory = config.directory();
        this.pollInterval = config.pollInterval();
        this.indexOnCommit = config.indexOnCommit();
        this.waitForWrites = config.waitForWrites();
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
                if (searchers != null) {
                    searchers.close();
                }
                if (writer != null) {
                    writer.rollback();
                }
                if (directory != null) {
                    directory.close();
                }
                if (configuredDirectory.isEmpty() && path != null) {
                    deleteTree(path);
                }
            } catch (IOException e) {
                Log.warnf("Search index did not close cleanly: %s", e.toString());
            }
        }
    }

    /** A commit on this instance: note its number and apply it soon (with index-on-commit off: when a search asks). */
    void committed(@Observes ContentCommitted event) {
        committedHere.accumulateAndGet(event.seq(), Math::max);
        if (indexOnCommit) {
            followSoon();
        }
    }

    /** Queues one follow on the indexer lane, unless one is queued already. */
    private void followSoon() {
        if (indexing && followQueued.compareAndSet(false, true)) {
            try {
                indexer.execute(() -> {
                    followQueued.set(false);
                    followQuietly();
                });
            } catch (RejectedExecutionException stopping) {
                // Shutting down: nothing will search again.
            }
        }
    }

    State state() {
        return state;
    }

    /**
     * Brings the index up to every change committed on this instance so far (waiting a bounded time), then runs the
     * search on a current searcher; 503 while the index is not ready.
     */
    <T> T search(SearchWith<T> search) throws IOException {
        if (state != State.READY) {
            throw unavailable();
        }
        long target = committedHere.get();
        if (applied < target) {
            followSoon();
            awaitApplied(target);
        }
        SearcherManager manager = searchers;
        if (manager == null) {
            // A rebuild started meanwhile (another database's log appeared).
            throw unavailable();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            return search.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    static ApiException unavailable() {
        return new ApiException(503, "search-unavailable", "Service Unavailable",
                "The search index is being built from the database; try again shortly", null,
                Map.of("Retry-After", "2"));
    }

    private void awaitApplied(long target) {
        long deadline = System.nanoTime() + waitForWrites.toNanos();
        synchronized (progress) {
            long left;
            while (applied < target && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
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
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (writer != null) {
            writer.rollback();
            writer = null;
        }
        directory.close();
        open();
    }

    /** Where the index lives. */
    Path path() {
        return path;
    }

    private synchronized void open() {
        try {
            if (path == null) {
                path = configuredDirectory.isPresent() ? configuredDirectory.get()
                        : Files.createTempDirectory("inkstone-search-");
            }
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            ChangeLog.Position position = QuarkusTransaction.requiringNew().call(changes::position);
            epoch = position.epoch();
            Map<String, String> committed = lastCommit();
            if (committed != null && Long.toString(epoch).equals(committed.get(EPOCH))
                    && SearchFields.SCHEMA.equals(committed.get(SCHEMA)) && committed.get(WATERMARK) != null) {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
                searchers = new SearcherManager(writer, null);
                applied = Long.parseLong(committed.get(WATERMARK));
                state = State.READY;
                Log.infof("Search index opened at change %d; following the log from there", applied);
                follow();
            } else {
                Log.infof("Search index %s: rebuilding from the database", committed == null ? "missing or unreadable"
                        : "from another database or schema");
                rebuild();
            }
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            Log.errorf(e, "Search index could not be opened in %s", path);
        }
    }

    /** The user data of the last commit, or null when there is no readable index. */
    private Map<String, String> lastCommit() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException | RuntimeException e) {
            Log.warnf("Search index unreadable, rebuilding: %s", e.toString());
            return null;
        }
    }

    /**
     * Indexes every post from scratch. The watermark is the log position read before the walk: every change up to it
     * is in the views read afterwards, and later ones are applied again by the next follow.
     */
    private synchronized void rebuild() throws IOException {
        state = State.REBUILDING;
        long started = System.nanoTime();
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (writer != null) {
            writer.rollback();
        }
        // Whatever is there (another schema, a half-written or corrupt index) goes; the files are derived data.
        for (String file : directory.listAll()) {
            directory.deleteFile(file);
        }
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        ChangeLog.Position position = QuarkusTransaction.requiringNew().call(changes::position);
        epoch = position.epoch();
        long afterId = 0;
        int count = 0;
        while (true) {
            long after = afterId;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> posts.idsAfter(after, VIEW_BATCH));
            if (ids.isEmpty()) {
                break;
            }
            count += reindex(ids);
            afterId = ids.get(ids.size() - 1);
        }
        commit(position.seq());
        searchers = new SearcherManager(writer, null);
        state = State.READY;
        Log.infof("Search index rebuilt: %d posts in %d ms", count,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        follow();
    }

    private void followQuietly() {
        try {
            follow();
        } catch (IOException | RuntimeException e) {
            // The database may be away; the next poll or search tries again from the same watermark.
            Log.debugf("Search index could not follow the change log: %s", e.toString());
        }
    }

    /**
     * Applies the log after the watermark: posts are rewritten or deleted, and a changed tag or category rewrites
     * the posts that carry it (their names are indexed). Commits with the new watermark, then refreshes searchers.
     */
    synchronized void follow() throws IOException {
        if (state != State.READY) {
            return;
        }
        long seq = applied;
        ChangeType type = null;
        long id = 0;
        boolean changed = false;
        while (true) {
            long afterSeq = seq;
            ChangeType afterType = type;
            long afterId = id;
            List<ChangeLog.Logged> rows = QuarkusTransaction.requiringNew().call(() -> {
                if (changes.position().epoch() != epoch) {
                    return null;
                }
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
            apply(rows);
            changed = true;
            ChangeLog.Logged last = rows.get(rows.size() - 1);
            seq = last.seq();
            type = last.type();
            id = last.id();
            if (rows.size() < LOG_PAGE) {
                break;
            }
        }
        if (changed) {
            commit(seq);
            searchers.maybeRefreshBlocking();
            announce();
        }
    }

    private void apply(List<ChangeLog.Logged> rows) throws IOException {
        Set<Long> postIds = new LinkedHashSet<>();
        List<String> tagIds = new ArrayList<>();
        List<String> categoryIds = new ArrayList<>();
        for (ChangeLog.Logged row : rows) {
            switch (row.type()) {
                case POST -> {
                    if (row.deleted()) {
                        writer.deleteDocuments(new Term(SearchFields.ID, Long.toString(row.id())));
                    } else {
                        postIds.add(row.id());
                    }
                }
                case TAG -> tagIds.add(Long.toString(row.id()));
                case CATEGORY -> categoryIds.add(Long.toString(row.id()));
            }
        }
        if (!tagIds.isEmpty() || !categoryIds.isEmpty()) {
            // The index itself says which posts carried a changed or deleted tag or category.
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                postIds.addAll(carrying(searcher, SearchFields.TAG_ID, tagIds));
                postIds.addAll(carrying(searcher, SearchFields.CATEGORY_ID, categoryIds));
            }
        }
        List<Long> ids = new ArrayList<>(postIds);
        for (int from = 0; from < ids.size(); from += VIEW_BATCH) {
            reindex(ids.subList(from, Math.min(ids.size(), from + VIEW_BATCH)));
        }
    }

    private static List<Long> carrying(IndexSearcher searcher, String field, List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        TermInSetQuery query = new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList());
        int count = searcher.count(query);
        if (count == 0) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            found.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(SearchFields.ID)));
        }
        return found;
    }

    /** Rewrites the documents of these posts from their current views; a post gone meanwhile is deleted. */
    private int reindex(List<Long> ids) throws IOException {
        Map<Long, PostView> views = posts.views(ids, true);
        for (Long id : ids) {
            Term term = new Term(SearchFields.ID, Long.toString(id));
            PostView view = views.get(id);
            if (view == null) {
                writer.deleteDocuments(term);
            } else {
                writer.updateDocument(term, SearchFields.document(view));
            }
        }
        return views.size();
    }

    private void commit(long seq) throws IOException {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(seq), EPOCH, Long.toString(epoch),
                SCHEMA, SearchFields.SCHEMA).entrySet());
        writer.commit();
        applied = seq;
    }

    /** After a commit is visible to searchers, wakes the searches waiting for it. */
    private void announce() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.INDEX);
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
