package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.DatabaseIndependent;

/**
 * The index's segments are written with the small-chunk codec and read back by its name after a restart: stored
 * texts shorter and far longer than a chunk come back whole, merged or not.
 */
@DatabaseIndependent
class SmallChunkCodecTest {

    private static final long EPOCH = 3;
    private static final int POSTS = 300;

    @TempDir
    Path folder;

    @Test
    void storedTextsSurviveARestartAndAMerge() throws Exception {
        IndexFiles files = new IndexFiles(Optional.of(folder), "test");
        files.open(EPOCH);
        files.recreate();
        for (int i = 0; i < POSTS; i++) {
            // Two commits: two segments, which the compaction merges into one.
            files.writer().updateDocument(new Term("id", Long.toString(i)), doc(i));
            if (i == POSTS / 2) {
                files.commit(1, EPOCH);
            }
        }
        files.commit(2, EPOCH);
        files.startSearching();
        assertTexts(files);
        files.drop();

        IndexFiles reopened = new IndexFiles(Optional.of(folder), "test");
        assertEquals(2L, reopened.open(EPOCH).watermark());
        assertEquals(2, reopened.compact().get().intValue());
        reopened.commit(3, EPOCH);
        reopened.refresh();
        assertTexts(reopened);
        try (FSDirectory directory = FSDirectory.open(folder)) {
            SegmentInfos segments = SegmentInfos.readLatestCommit(directory);
            assertEquals(1, segments.size());
            for (SegmentCommitInfo segment : segments) {
                assertEquals(SmallChunkCodec.NAME, segment.info.getCodec().getName());
            }
        }
        reopened.close();
    }

    private static void assertTexts(IndexFiles files) throws IOException {
        IndexSearcher searcher = files.searchers().acquire();
        try {
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < POSTS; i++) {
                TopDocs top = searcher.search(new TermQuery(new Term("id", Long.toString(i))), 1);
                assertEquals(1, top.totalHits.value, "post " + i);
                assertEquals(text(i), stored.document(top.scoreDocs[0].doc).get("body"), "post " + i);
            }
        } finally {
            files.searchers().release(searcher);
        }
    }

    private static Document doc(int i) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(i), Field.Store.YES));
        doc.add(new NumericDocValuesField("id", i));
        doc.add(new StoredField("body", text(i)));
        return doc;
    }

    /** Mostly a few hundred characters; every 50th post 60,000, fifteen 4 KB chunks of UTF-8 and more. */
    private static String text(int i) {
        Random random = new Random(i);
        int length = i % 50 == 0 ? 60_000 : 50 + random.nextInt(400);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(random.nextInt(4) == 0 ? "data " : String.valueOf((char) ('一' + random.nextInt(300))));
        }
        return text.toString();
    }
}
