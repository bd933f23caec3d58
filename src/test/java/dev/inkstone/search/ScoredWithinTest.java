package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/**
 * {@link ScoredWithin} answers what the boolean query of the text and its filter answers: the same hits with the same
 * scores in the same order, the same totals, over several segments with deleted documents, when the collector stops
 * counting early (the path where Lucene skips) and when it counts everything.
 */
@DatabaseIndependent
class ScoredWithinTest {

    private static final String[] WORDS = { "model", "data", "open", "source", "chip", "center", "team", "risk" };
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.LONG));
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Random random = new Random(20261207);
        // Several segments, and deletions in them: the filter must combine with each segment's live documents.
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE).setMaxBufferedDocs(700);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int id = 0; id < 4_000; id++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
                doc.add(new NumericDocValuesField("id", id));
                doc.add(new TextField("title", words(random, 1 + random.nextInt(3)), Field.Store.NO));
                doc.add(new TextField("body", words(random, 5 + random.nextInt(40)), Field.Store.NO));
                doc.add(new LongPoint("visible", random.nextInt(1_000)));
                doc.add(new StringField("kind", random.nextInt(10) == 0 ? "page" : "post", Field.Store.NO));
                writer.addDocument(doc);
            }
            for (int id = 0; id < 4_000; id += 7) {
                writer.deleteDocuments(new Term("id", Integer.toString(id)));
            }
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        assertTrue(reader.leaves().size() > 3, "the index should have several segments");
        assertTrue(reader.hasDeletions());
        searcher = new IndexSearcher(reader);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Skewed like real text: the first words are common, the last rare.
            double r = random.nextDouble();
            text.append(WORDS[(int) (WORDS.length * r * r)]).append(' ');
        }
        return text.toString();
    }

    private static Query term(String field, String word) {
        return new TermQuery(new Term(field, word));
    }

    /** One word in the title (weighing more) or the body, as SearchQuery builds a part. */
    private static Query part(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(term("title", word), 3f), Occur.SHOULD)
                .add(term("body", word), Occur.SHOULD)
                .build();
    }

    private static Query all(Query... parts) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Arrays.stream(parts).forEach(part -> all.add(part, Occur.MUST));
        return all.build();
    }

    private static List<Query> texts() {
        return List.of(
                term("body", "data"),
                part("model"),
                all(term("body", "model"), term("body", "data")),
                all(part("data"), part("open")),
                all(part("model"), part("data"), part("risk")),
                new PhraseQuery("body", "model", "data"),
                all(part("chip"), new PhraseQuery("body", "data", "model")),
                new BooleanQuery.Builder().add(part("open"), Occur.SHOULD).add(part("risk"), Occur.SHOULD).build());
    }

    private static List<BooleanQuery> filters() {
        return List.of(
                new BooleanQuery.Builder()
                        .add(LongPoint.newRangeQuery("visible", Long.MIN_VALUE, 600), Occur.FILTER).build(),
                new BooleanQuery.Builder().add(term("kind", "page"), Occur.MUST_NOT).build(),
                new BooleanQuery.Builder().add(term("kind", "page"), Occur.MUST_NOT)
                        .add(LongPoint.newRangeQuery("visible", 200, Long.MAX_VALUE), Occur.FILTER).build(),
                new BooleanQuery.Builder().add(term("kind", "page"), Occur.FILTER)
                        .add(term("title", "source"), Occur.FILTER).build(),
                new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).build(),
                new BooleanQuery.Builder().build());
    }

    /** What a search answered: each hit's document and score in order, and the total with its relation. */
    private static String answer(TopDocs top) {
        StringBuilder answer = new StringBuilder(top.totalHits.toString());
        for (ScoreDoc hit : top.scoreDocs) {
            answer.append(' ').append(hit.doc).append(':').append(((FieldDoc) hit).fields[0]);
        }
        return answer.toString();
    }

    /** The plain boolean query the filters stand beside; an empty filter is no clause at all. */
    private static Query plain(Query text, BooleanQuery filter) {
        BooleanQuery.Builder plain = new BooleanQuery.Builder().add(text, Occur.MUST);
        filter.clauses().forEach(plain::add);
        return plain.build();
    }

    @Test
    void answersAsTheBooleanQueryWhetherCountingStopsEarlyOrNot() throws IOException {
        assertEquals(texts().size() * filters().size() * 2, compareAll(searcher));
    }

    /**
     * The same with every filter in the query cache from its first use: the filter's documents are then the cache's
     * own bit set, read as it is (without the segment's deletions, which still apply).
     */
    @Test
    void answersAsTheBooleanQueryWithTheFiltersCached() throws IOException {
        IndexSearcher cached = new IndexSearcher(searcher.getIndexReader());
        cached.setQueryCache(new LRUQueryCache(1_000, 64L << 20, leaf -> true, Float.POSITIVE_INFINITY));
        cached.setQueryCachingPolicy(new QueryCachingPolicy() {
            @Override
            public void onUse(Query query) {
            }

            @Override
            public boolean shouldCache(Query query) {
                return true;
            }
        });
        assertEquals(texts().size() * filters().size() * 2, compareAll(cached));
        assertTrue(((LRUQueryCache) cached.getQueryCache()).getCacheSize() > 0, "the filters should have been cached");
    }

    private static int compareAll(IndexSearcher searcher) throws IOException {
        int compared = 0;
        for (Query text : texts()) {
            for (BooleanQuery filter : filters()) {
                for (int countUpTo : new int[] { 10, Integer.MAX_VALUE }) {
                    TopDocs expected = searcher.search(plain(text, filter),
                            new TopFieldCollectorManager(BY_SCORE, 10, null, countUpTo));
                    TopDocs actual = searcher.search(new ScoredWithin(text, filter),
                            new TopFieldCollectorManager(BY_SCORE, 10, null, countUpTo));
                    assertEquals(answer(expected).substring(answer(expected).indexOf(' ') + 1),
                            answer(actual).substring(answer(actual).indexOf(' ') + 1), text + " within " + filter);
                    if (countUpTo == Integer.MAX_VALUE) {
                        assertEquals(expected.totalHits, actual.totalHits, text + " within " + filter);
                    }
                    compared++;
                }
            }
        }
        return compared;
    }

    @Test
    void pagesOnAfterAHitAsTheBooleanQuery() throws IOException {
        Query text = all(part("data"), part("open"));
        BooleanQuery filter = filters().get(2);
        TopDocs first = searcher.search(plain(text, filter), new TopFieldCollectorManager(BY_SCORE, 10, null, 10));
        FieldDoc after = (FieldDoc) first.scoreDocs[first.scoreDocs.length - 1];
        TopDocs expected = searcher.search(plain(text, filter),
                new TopFieldCollectorManager(BY_SCORE, 10, after, 10));
        TopDocs actual = searcher.search(new ScoredWithin(text, filter),
                new TopFieldCollectorManager(BY_SCORE, 10, after, 10));
        assertEquals(10, actual.scoreDocs.length);
        assertEquals(answer(expected).substring(answer(expected).indexOf(' ')),
                answer(actual).substring(answer(actual).indexOf(' ')));
    }

    @Test
    void keepsOutWhatTheFilterOrTheDeletionsKeepOut() throws IOException {
        Query text = part("data");
        BooleanQuery posts = filters().get(1);
        Set<Integer> pages = new HashSet<>();
        for (ScoreDoc page : searcher.search(term("kind", "page"), 4_000).scoreDocs) {
            pages.add(page.doc);
        }
        assertTrue(pages.size() > 100, "the index should have pages for this to mean something");
        TopDocs hits = searcher.search(new ScoredWithin(text, posts),
                new TopFieldCollectorManager(BY_SCORE, 4_000, null, Integer.MAX_VALUE));
        assertTrue(hits.scoreDocs.length > 100);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : hits.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            Bits live = leaf.reader().getLiveDocs();
            assertTrue(live == null || live.get(hit.doc - leaf.docBase), "a deleted document was found: " + hit.doc);
            assertFalse(pages.contains(hit.doc), "a page was found among posts: " + hit.doc);
        }
        assertEquals(searcher.count(plain(text, posts)), hits.scoreDocs.length);
    }

    @Test
    void explainsAndMatchesAsTheBooleanQuery() throws IOException {
        Query text = all(part("data"), part("open"));
        BooleanQuery filter = filters().get(0);
        TopDocs top = searcher.search(new ScoredWithin(text, filter), 3);
        assertEquals(3, top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            Explanation explanation = searcher.explain(new ScoredWithin(text, filter), hit.doc);
            assertTrue(explanation.isMatch());
            assertEquals(searcher.explain(plain(text, filter), hit.doc).getValue().floatValue(),
                    explanation.getValue().floatValue(), 0f);
            assertEquals(hit.score, explanation.getValue().floatValue(), 1e-6f);
        }
    }

    @Test
    void aFilterOfNothingFindsNothingAndOfEverythingIsTheTextAlone() throws IOException {
        Query text = part("data");
        BooleanQuery nothing = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery("visible", 5_000, Long.MAX_VALUE), Occur.FILTER).build();
        assertEquals(0, searcher.search(new ScoredWithin(text, nothing), 10).totalHits.value);
        Query rewritten = searcher.rewrite(new ScoredWithin(text, filters().get(5)));
        assertNotNull(rewritten);
        assertEquals(searcher.rewrite(text), rewritten);
        assertInstanceOf(ScoredWithin.class, searcher.rewrite(new ScoredWithin(text, filters().get(1))));
        List<String> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new ScoredWithin(text, filters().get(4)), 5).scoreDocs) {
            hits.add(hit.doc + ":" + hit.score);
        }
        List<String> plainHits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(text, 5).scoreDocs) {
            plainHits.add(hit.doc + ":" + hit.score);
        }
        assertEquals(plainHits, hits);
    }
}
