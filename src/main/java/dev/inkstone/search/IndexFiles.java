package dev.inkstone.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import io.quarkus.logging.Log;

/**
 * The index's files: the Lucene directory, its one writer and the searchers over it. Each commit records the change
 * number the index reflects (the watermark), the database's epoch and the document schema, so an index opened later
 * knows where to follow the log from, or that it must be rebuilt. Not thread-safe: {@link SearchIndex} guards it,
 * except {@link #compact}, which runs on a thread of its own with the writer and searchers (both thread-safe).
 */
final class IndexFiles {

    private static final String WATERMARK = "inkstone.seq";
    private static final String EPOCH = "inkstone.epoch";
    private static final String SCHEMA = "inkstone.schema";
    private static final SmallChunkCodec CODEC = new SmallChunkCodec();

    static {
        // Before any index is opened: its segments name this codec.
        SmallChunkCodec.register();
    }

    private final Optional<Path> configured;
    /** The document schema this instance writes (SearchFields.schema); an index of another is rebuilt. */
    private final String schema;
    private Path path;
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    /** During a rebuild beside an older index: searchers over that index, and the folder the new one grows in. */
    private volatile SearcherManager previous;
    private Path building;
    private Directory buildingDirectory;

    IndexFiles(Optional<Path> configured, String schema) {
        this.configured = configured;
        this.schema = schema;
    }

    /** Where the index lives; null before it was first opened. */
    Path path() {
        return path;
    }

    IndexWriter writer() {
        return writer;
    }

    /**
     * The searchers over the writer; while a rebuild grows a new index beside an older one, over the older one; null
     * while the index is closed or rebuilt with nothing older to read.
     */
    SearcherManager searchers() {
        SearcherManager current = searchers;
        return current != null ? current : previous;
    }

    /** What the last commit's index is in {@link #open}: none readable, another database's or schema, or ours. */
    record Opened(boolean readable, Long watermark) {
    }

    /**
     * Opens the folder (a temporary one when none is configured) and, when its last commit belongs to this database
     * epoch and document schema, a writer and searchers on it, returning that commit's watermark.
     */
    Opened open(long epoch) throws IOException {
        if (path == null) {
            path = configured.isPresent() ? configured.get() : Files.createTempDirectory("inkstone-search-");
        }
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        Map<String, String> committed = lastCommit();
        if (committed != null && Long.toString(epoch).equals(committed.get(EPOCH))
                && schema.equals(committed.get(SCHEMA)) && committed.get(WATERMARK) != null) {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            searchers = new SearcherManager(writer, null);
            return new Opened(true, Long.parseLong(committed.get(WATERMARK)));
        }
        return new Opened(committed != null, null);
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
     * Opens an empty index to fill; searchers over it come with {@link #startSearching}. An older index that can
     * still be read (another database's or schema) stays searchable meanwhile, and the new one grows in a folder
     * beside it; one that cannot (half-written, corrupt: the files are derived data) is dropped first.
     */
    void recreate() throws IOException {
        closeWriter();
        previous = readable();
        if (previous == null) {
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            return;
        }
        building = path.resolveSibling(path.getFileName() + ".rebuilding");
        deleteTree(building);
        Files.createDirectories(building);
        buildingDirectory = FSDirectory.open(building);
        writer = new IndexWriter(buildingDirectory, config(IndexWriterConfig.OpenMode.CREATE));
    }

    private SearcherManager readable() {
        try {
            return DirectoryReader.indexExists(directory) ? new SearcherManager(directory, null) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Searches the filled index. Built beside an older one, it takes the older one's place first: its files move
     * into the index folder (searches still holding an older searcher finish on files already open).
     */
    void startSearching() throws IOException {
        if (building != null) {
            writer.close();
            buildingDirectory.close();
            SearcherManager older = previous;
            directory.close();
            for (String file : FSDirectory.listAll(path)) {
                Files.deleteIfExists(path.resolve(file));
            }
            for (String file : FSDirectory.listAll(building)) {
                Files.move(building.resolve(file), path.resolve(file));
            }
            deleteTree(building);
            building = null;
            buildingDirectory = null;
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            searchers = new SearcherManager(writer, null);
            previous = null;
            older.close();
            return;
        }
        searchers = new SearcherManager(writer, null);
    }

    /** Commits what the writer holds as reflecting change {@code seq} of database {@code epoch}. */
    void commit(long seq, long epoch) throws IOException {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(seq), EPOCH, Long.toString(epoch),
                SCHEMA, schema).entrySet());
        writer.commit();
    }

    /**
     * Merges the index into one segment on a thread of its own, commits and lets new searches see it; the future
     * gives the number of segments there were. A rebuild leaves a segment per filled writer buffer (13 for 10,000
     * posts on the 96 MB heap), and a query looks each of its terms up in every segment and scores each segment on
     * its own: one segment answered the search benchmark's distinct queries about a quarter faster at 10,000 posts.
     * The writer keeps taking changes meanwhile (it is thread-safe). The commit carries the last watermark the
     * indexer lane recorded, which is never ahead of the documents committed; replaying the log from it is harmless.
     * A writer closed meanwhile (a rebuild, a reopen, a stop) aborts the merge, and the future fails.
     */
    CompletableFuture<Integer> compact() {
        IndexWriter target = writer;
        SearcherManager over = searchers;
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                int segments = leaves(over);
                if (segments > 1) {
                    target.forceMerge(1);
                    target.commit();
                    over.maybeRefreshBlocking();
                }
                done.complete(segments);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "search-compact");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** The segments a searcher from {@code searchers} reads now. */
    static int leaves(SearcherManager searchers) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes the last commit visible to new searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Closes searchers and drops the writer without committing, as a crash would; the folder stays. */
    void drop() throws IOException {
        closeWriter();
        if (directory != null) {
            directory.close();
        }
    }

    /** Closes the searchers and rolls the writer back to its last commit; a half-built index beside goes. */
    private void closeWriter() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (previous != null) {
            previous.close();
            previous = null;
        }
        if (writer != null) {
            writer.rollback();
            writer = null;
        }
        if (building != null) {
            buildingDirectory.close();
            deleteTree(building);
            building = null;
            buildingDirectory = null;
        }
    }

    /** Closes everything; a temporary folder is deleted. */
    void close() throws IOException {
        drop();
        if (configured.isEmpty() && path != null) {
            deleteTree(path);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.INDEX);
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()));
        // Each segment in id order, so that a search can skip posts tying with its weakest kept hit (RelevanceTop).
        config.setIndexSort(RelevanceTop.INDEX_SORT);
        config.setCodec(CODEC);
        return config;
    }

    /**
     * The documents the writer buffers before it writes a segment, in MB: a sixteenth of the maximum heap, between 4
     * and 64. A rebuild fills the buffer to its limit (nothing refreshes a reader before the end), and a fixed 64 MB on
     * the 96 MB heap README recommends ran 10,000 posts out of memory. An eighth (12 MB there) still left the old
     * generation so little room that a rebuild of 100,000 posts ran about 185 full collections (20-23 s of pauses);
     * a sixteenth, about 130 (16-17 s), with about as many segments left to merge at the end. A 24th measured no
     * fewer pauses.
     */
    static double ramBufferMb(long maxHeapBytes) {
        return Math.max(4, Math.min(64, maxHeapBytes / 16.0 / (1 << 20)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
