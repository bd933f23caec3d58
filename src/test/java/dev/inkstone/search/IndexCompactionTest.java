package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.DatabaseIndependent;

/**
 * A rebuilt index is merged into one segment in the background: searches then see one segment with every document,
 * the commit keeps its watermark, and later changes are kept beside it.
 */
@DatabaseIndependent
class IndexCompactionTest {

    private static final long EPOCH = 7;

    @TempDir
    Path folder;

    @Test
    void mergesIntoOneSegmentKeepingDocumentsAndWatermark() throws Exception {
        IndexFiles files = filled(4, 25);
        assertEquals(4, IndexFiles.leaves(files.searchers()));

        assertEquals(4, files.compact().get(30, TimeUnit.SECONDS));
        // Written after the merge: kept, and visible with the next refresh as any write.
        files.writer().updateDocument(new Term("id", "late"), doc("late", 0));
        files.commit(42, EPOCH);
        files.refresh();

        assertEquals(1 + 1, IndexFiles.leaves(files.searchers()), "the merged segment and the late write's own");
        assertEquals(4 * 25 + 1, count(files.searchers()));
        files.drop();

        IndexFiles reopened = new IndexFiles(Optional.of(folder), "test");
        assertEquals(42L, reopened.open(EPOCH).watermark());
        assertEquals(4 * 25 + 1, count(reopened.searchers()));
        reopened.close();
    }

    @Test
    void oneSegmentIsLeftAlone() throws Exception {
        IndexFiles files = filled(1, 10);
        assertEquals(1, files.compact().get(30, TimeUnit.SECONDS));
        assertEquals(1, IndexFiles.leaves(files.searchers()));
        files.close();
    }

    @Test
    void aWriterClosedFirstFailsTheCompactionNotTheIndex() throws Exception {
        IndexFiles files = filled(3, 10);
        files.drop();
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> files.compact().get(30, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof RuntimeException || failed.getCause() instanceof IOException,
                failed.getCause().toString());

        IndexFiles reopened = new IndexFiles(Optional.of(folder), "test");
        assertEquals(3L, reopened.open(EPOCH).watermark());
        assertEquals(30, count(reopened.searchers()));
        reopened.close();
    }

    /** An index of {@code segments} commits of {@code perSegment} documents each, searchable; watermark = segments. */
    private IndexFiles filled(int segments, int perSegment) throws IOException {
        IndexFiles files = new IndexFiles(Optional.of(folder), "test");
        files.open(EPOCH);
        files.recreate();
        for (int s = 1; s <= segments; s++) {
            for (int d = 0; d < perSegment; d++) {
                String id = s + "-" + d;
                files.writer().updateDocument(new Term("id", id), doc(id, s * 100_000L + d));
            }
            files.commit(s, EPOCH);
        }
        files.startSearching();
        return files;
    }

    /** {@code key}: the numeric id every document of the index has, which it is sorted by (IndexFiles). */
    private static Document doc(String id, long key) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new NumericDocValuesField("id", key));
        doc.add(new TextField("body", "算力 compute " + id, Field.Store.YES));
        return doc;
    }

    private static int count(SearcherManager searchers) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            assertEquals(1, searcher.count(new TermQuery(new Term("id", "1-0"))));
            return searcher.count(new MatchAllDocsQuery());
        } finally {
            searchers.release(searcher);
        }
    }
}
