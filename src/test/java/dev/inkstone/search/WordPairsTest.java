package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;

/** A quoted phrase of non-CJK words read from the body's word pairs finds exactly what the words phrase finds. */
@DatabaseIndependent
class WordPairsTest {

    private static final List<String> BODIES = List.of(
            "Model training at scale needs data centers.",
            "Training a model, training again; model. Training.",
            "模型 model 训练 training，model training 与 iPhone 15 Pro",
            "The model's training data, and the models trained on it.",
            "open source community open source community source open",
            "node.js and C++ model-training at 2024 scale, GPT-4o",
            "model\ntraining across lines, MODEL TRAINING in capitals",
            "算力 model 训练 data center 数据中心");
    private static final List<String> PHRASES = List.of("model training", "training model", "model training at",
            "open source community", "source community source", "iphone 15", "15 pro", "data center", "2024 scale",
            "gpt 4o", "model trained", "models trained", "training again model", "MODEL TRAINING", "center 数据");

    @Test
    void aPhraseOfPairsFindsThePostsTheWordsPhraseFinds() throws IOException {
        try (ByteBuffersDirectory directory = index(false)) {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            int compared = 0;
            for (String phrase : PHRASES) {
                Query pairs = WordPairs.query(SearchQuery.tokens(SearchAnalysis.WORDS, phrase));
                if (phrase.contains("数据")) {
                    assertNull(pairs, "a phrase with CJK words is read from the words and bigrams");
                    continue;
                }
                assertNotNull(pairs, phrase);
                Query words = new QueryBuilder(SearchAnalysis.WORDS).createPhraseQuery(SearchFields.BODY, phrase);
                Set<Integer> expected = hits(searcher, words);
                assertEquals(expected, hits(searcher, pairs), phrase);
                assertEquals(expected, hits(searcher, WordPairs.asWords(pairs)), phrase);
                compared += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(compared >= 10, "most phrases are found somewhere: " + compared);
            searcher.getIndexReader().close();
        }
    }

    @Test
    void aPairsFieldInvertedBeforeItsBodyAnalysesTheBodyItself() throws IOException {
        try (ByteBuffersDirectory inOrder = index(false); ByteBuffersDirectory reversed = index(true)) {
            IndexSearcher first = new IndexSearcher(DirectoryReader.open(inOrder));
            IndexSearcher second = new IndexSearcher(DirectoryReader.open(reversed));
            for (String phrase : PHRASES.subList(0, 10)) {
                Query pairs = WordPairs.query(SearchQuery.tokens(SearchAnalysis.WORDS, phrase));
                assertEquals(hits(first, pairs), hits(second, pairs), phrase);
            }
            first.getIndexReader().close();
            second.getIndexReader().close();
        }
    }

    /** An index of schema 3 (no pairs) answers while its successor is rebuilt: phrases are read from the words. */
    @Test
    void anIndexWithoutPairsFindsPhrasesByTheirWords() throws IOException {
        try (ByteBuffersDirectory with = index(false); ByteBuffersDirectory without = index(false, true)) {
            DirectoryReader paired = DirectoryReader.open(with);
            DirectoryReader unpaired = DirectoryReader.open(without);
            assertTrue(WordPairs.indexed(paired));
            assertFalse(WordPairs.indexed(unpaired));
            for (String phrase : List.of("model training", "open source community", "iphone 15")) {
                List<SearchQuery.Part> parts = SearchQuery.parse("\"" + phrase + "\"");
                Synonyms synonyms = new Synonyms(Optional.empty());
                Set<Integer> expected = hits(new IndexSearcher(paired),
                        new ForgivingQuery(parts, paired, synonyms).all());
                assertFalse(expected.isEmpty(), phrase);
                assertEquals(expected, hits(new IndexSearcher(unpaired),
                        new ForgivingQuery(parts, unpaired, synonyms).all()), phrase);
            }
            paired.close();
            unpaired.close();
        }
    }

    @Test
    void twoWordsAreOneTermAndPunctuationOrCjkBetweenThemMakesNoPair() {
        assertInstanceOf(TermQuery.class, WordPairs.query(SearchQuery.tokens(SearchAnalysis.WORDS, "model training")));
        assertNull(WordPairs.query(SearchQuery.tokens(SearchAnalysis.WORDS, "model")));
        assertNull(WordPairs.query(SearchQuery.tokens(SearchAnalysis.WORDS, "model, training")));
        assertNull(WordPairs.query(SearchQuery.tokens(SearchAnalysis.WORDS, "model 训练 training")));
    }

    @Test
    void theHighlighterMarksThePhrasesWordsInTheBody() throws IOException {
        try (ByteBuffersDirectory directory = index(false)) {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            Query text = SearchQuery.build(SearchQuery.parse("\"model training\""), SearchQuery.Analysis.BOTH);
            assertTrue(Highlighting.fields(text).contains(SearchFields.BODY_PAIRS), text.toString());
            TopHits hits = TopHits.of(searcher, text, 10);
            String[] bodies = Highlighting.highlight(searcher, text, hits.docs(), hits.loaded())
                    .get(SearchFields.BODY_BIGRAMS);
            assertEquals(4, bodies.length);
            for (String body : bodies) {
                // One mark over the phrase ("model training", "model's training", a line break between).
                assertTrue(body.toLowerCase().matches("(?s).*<mark>model[^<]*train[^<]*</mark>.*"), body);
            }
            searcher.getIndexReader().close();
        }
    }

    /** The bodies indexed as posts; {@code reversed}: each document's fields in reverse order. */
    private static ByteBuffersDirectory index(boolean reversed) throws IOException {
        return index(reversed, false);
    }

    /** {@code unpaired}: without the pairs field, as an index of schema 3. */
    private static ByteBuffersDirectory index(boolean reversed, boolean unpaired) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.INDEX))) {
            long id = 0;
            for (String body : BODIES) {
                id++;
                Instant at = Instant.parse("2024-01-01T00:00:00Z");
                Document doc = SearchFields.document(new PostView(id, "p" + id, "title " + id, PostStatus.PUBLISHED,
                        at, at, at, body, "<p>" + body + "</p>", body, 1, 1, null, List.of(), List.of(), null,
                        List.of(), null, 1));
                if (reversed) {
                    List<IndexableField> fields = new ArrayList<>(doc.getFields());
                    Collections.reverse(fields);
                    Document other = new Document();
                    fields.forEach(other::add);
                    assertFalse(other.getFields().get(0).name().equals(SearchFields.BODY));
                    doc = other;
                }
                if (unpaired) {
                    doc.removeFields(SearchFields.BODY_PAIRS);
                }
                writer.addDocument(doc);
            }
        }
        return directory;
    }

    private static Set<Integer> hits(IndexSearcher searcher, Query query) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }
}
