package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/**
 * {@link RelevanceTop} keeps the hits Lucene's own collector keeps for the order (score, id): the same documents with
 * the same scores and sort values, page after page, on indexes where many documents tie (a handful of words, short
 * texts, so scores repeat), with documents in id order within each segment (as the index is written) and without.
 */
@DatabaseIndependent
class RelevanceTopTest {

    private static final String[] WORDS = { "model", "data", "open", "source", "chip" };

    /**
     * 3,000 documents with ids in a shuffled order (several segments, some deleted); with {@code sorted} each
     * segment is sorted by id as IndexFiles writes it.
     */
    private static IndexSearcher index(boolean sorted, long seed) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Random random = new Random(seed);
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE).setMaxBufferedDocs(500);
        if (sorted) {
            config.setIndexSort(RelevanceTop.INDEX_SORT);
        }
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 3_000; id++) {
            // Pages' documents carry their negated id: both signs sort in one order.
            ids.add(id % 10 == 0 ? -id : id);
        }
        Collections.shuffle(ids, random);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (long id : ids) {
                Document doc = new Document();
                doc.add(new StringField("key", Long.toString(id), Field.Store.NO));
                doc.add(new NumericDocValuesField(SearchFields.ID, id));
                StringBuilder text = new StringBuilder();
                for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                doc.add(new TextField("body", text.toString(), Field.Store.NO));
                doc.add(new TextField("title", WORDS[random.nextInt(WORDS.length)], Field.Store.NO));
                writer.addDocument(doc);
            }
            for (long id = 7; id <= 3_000; id += 13) {
                writer.deleteDocuments(new Term("key", Long.toString(id)));
            }
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        assertTrue(reader.leaves().size() > 3);
        return new IndexSearcher(reader);
    }

    private static Query term(String field, String word) {
        return new TermQuery(new Term(field, word));
    }

    private static List<Query> queries() {
        Query dataInTitleOrBody = new BooleanQuery.Builder()
                .add(new BoostQuery(term("title", "data"), 3f), Occur.SHOULD)
                .add(term("body", "data"), Occur.SHOULD).build();
        return List.of(
                term("body", "model"),
                dataInTitleOrBody,
                new BooleanQuery.Builder().add(term("body", "open"), Occur.MUST)
                        .add(term("body", "source"), Occur.MUST).build(),
                new BooleanQuery.Builder().add(dataInTitleOrBody, Occur.MUST)
                        .add(term("body", "chip"), Occur.MUST).build(),
                new PhraseQuery("body", "model", "data"));
    }

    /** Each hit's document, score and sort values, in order. */
    private static List<String> hits(TopFieldDocs top) {
        List<String> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            FieldDoc fields = (FieldDoc) hit;
            hits.add(hit.doc + ":" + fields.fields[0] + ":" + fields.fields[1]);
        }
        return hits;
    }

    private static void comparePages(IndexSearcher searcher, Query query, int perPage, int countUpTo)
            throws IOException {
        FieldDoc after = null;
        for (int page = 0; page < 5; page++) {
            TopFieldDocs expected = searcher.search(query,
                    new TopFieldCollectorManager(RelevanceTop.ORDER, perPage, after, countUpTo));
            TopFieldDocs actual = searcher.search(query, new RelevanceTop(perPage,
                    after == null ? null : (Float) after.fields[0], after == null ? 0 : (Long) after.fields[1],
                    countUpTo));
            String what = query + ", page " + (page + 1) + " of " + perPage + ", counting to " + countUpTo;
            assertEquals(hits(expected), hits(actual), what);
            if (expected.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
                assertEquals(expected.totalHits, actual.totalHits, what);
            } else {
                assertTrue(actual.totalHits.value >= countUpTo, what + ": " + actual.totalHits);
            }
            if (expected.scoreDocs.length < perPage) {
                return;
            }
            after = (FieldDoc) expected.scoreDocs[expected.scoreDocs.length - 1];
            // As SearchService names the position: the cursor carries the score and the id, not the document.
            after = new FieldDoc(Integer.MAX_VALUE, (Float) after.fields[0], after.fields);
        }
    }

    @Test
    void keepsLucenesHitsPageAfterPageInAnIndexSortedById() throws IOException {
        for (long seed : new long[] { 1, 2, 3 }) {
            IndexSearcher searcher = index(true, seed);
            for (Query query : queries()) {
                for (int perPage : new int[] { 1, 10, 50 }) {
                    comparePages(searcher, query, perPage, 10);
                    comparePages(searcher, query, perPage, 100_000);
                }
            }
        }
    }

    @Test
    void keepsLucenesHitsInAnIndexInAnyOrder() throws IOException {
        IndexSearcher searcher = index(false, 4);
        for (Query query : queries()) {
            comparePages(searcher, query, 10, 10);
            comparePages(searcher, query, 10, 100_000);
        }
    }

    @Test
    void countsExactlyUpToTheThresholdThenSaysItIsALowerBound() throws IOException {
        IndexSearcher searcher = index(true, 5);
        Query common = term("body", "model");
        int matching = searcher.count(common);
        assertTrue(matching > 500, "the word should be common: " + matching);
        TopFieldDocs exact = searcher.search(common, new RelevanceTop(10, null, 0, matching));
        assertEquals(new TotalHits(matching, TotalHits.Relation.EQUAL_TO), exact.totalHits);
        TopFieldDocs bounded = searcher.search(common, new RelevanceTop(10, null, 0, 100));
        assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, bounded.totalHits.relation);
        assertTrue(bounded.totalHits.value > 100 && bounded.totalHits.value <= matching, bounded.totalHits::toString);
    }
}
