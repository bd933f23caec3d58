package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;

/**
 * A part is matched by one analysis where the other would match the same postings again, and finds the same posts
 * as with both.
 */
@DatabaseIndependent
class SearchQueryAnalysisTest {

    private static SearchQuery.Analysis needed(String text, boolean phrase) {
        return SearchQuery.needed(new SearchQuery.Part(text, phrase));
    }

    @Test
    void textWithoutCjkThatBothCutAlikeIsMatchedInTheWordFieldsOnly() {
        assertEquals(SearchQuery.Analysis.WORDS, needed("model", false));
        assertEquals(SearchQuery.Analysis.WORDS, needed("model training", true));
        // A synonym with a space is one unquoted part: the words make a phrase, the bigram fields any of the words.
        assertEquals(SearchQuery.Analysis.BOTH, needed("model training", false));
        // The two tokenizers cut punctuation differently (node, js against node.js), and only smartcn leaves a gap
        // where it was: quoted, "model, training" is a phrase with a hole in the word fields, none in the others.
        assertEquals(SearchQuery.Analysis.BOTH, needed("node.js", false));
        assertEquals(SearchQuery.Analysis.BOTH, needed("model, training", true));
    }

    @Test
    void aCjkRunCutIntoSingleCharactersIsMatchedByItsBigramsWhenTheyAreTheSameRun() {
        assertEquals(SearchQuery.Analysis.BIGRAMS, needed("算力", false));
        assertEquals(SearchQuery.Analysis.BIGRAMS, needed("學習", false));
        // Three unknown characters: the bigrams match either pair, the phrase only the run; quoted, both the run.
        assertEquals(SearchQuery.Analysis.BOTH, needed("芯算力", false));
        assertEquals(SearchQuery.Analysis.BIGRAMS, needed("芯算力", true));
    }

    @Test
    void knownWordsSingleCharactersAndMixedRunsKeepBoth() {
        assertEquals(SearchQuery.Analysis.BOTH, needed("模型", false));
        assertEquals(SearchQuery.Analysis.BOTH, needed("算", false));
        assertEquals(SearchQuery.Analysis.BOTH, needed("GPT算力", false));
    }

    @Test
    void aPartMatchedByOneAnalysisReadsOnlyItsFieldsAtDoubleWeight() {
        Set<String> fields = Highlighting.fields(
                SearchQuery.part(new SearchQuery.Part("算力", false), SearchQuery.Analysis.BOTH));
        assertEquals(Set.of(SearchFields.TITLE_BIGRAMS, SearchFields.LABELS_BIGRAMS, SearchFields.BODY_BIGRAMS),
                fields);
        String english = SearchQuery.part(new SearchQuery.Part("model", false), SearchQuery.Analysis.BOTH).toString();
        assertEquals("(title:model)^6.0 (labels:model)^4.0 (body:model)^2.0", english);
    }

    @Test
    void hasTermsExactlyWhenAQueryIsBuilt() {
        for (String q : List.of("！？。", "...", "*", "(", "\\", "\"，\" 。", "C++", "AND", "算", "算力 。", "model",
                "\"model training\"", "- 。 x", "「」", "😀", "の", "한")) {
            List<SearchQuery.Part> parts = SearchQuery.parse(q);
            assertEquals(SearchQuery.build(parts, SearchQuery.Analysis.BOTH) != null, SearchQuery.hasTerms(parts), q);
        }
        assertFalse(SearchQuery.hasTerms(SearchQuery.parse("！？。 ...")));
        assertTrue(SearchQuery.hasTerms(SearchQuery.parse("。 算")));
    }

    /** The posts each query finds with the part narrowed to one analysis and with both, as before. */
    @Test
    void findsTheSamePostsAsBothAnalyses() throws IOException {
        List<String> bodies = List.of("算力差距高达百倍", "他的计算能力很强", "算，力", "學習與算力", "Model training at scale",
                "Training a model", "The model of training", "模型训练需要算力", "node.js and models");
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.INDEX))) {
                long id = 0;
                for (String body : bodies) {
                    id++;
                    Instant at = Instant.parse("2024-01-01T00:00:00Z");
                    writer.addDocument(SearchFields.document(new PostView(id, "p" + id, "title " + id,
                            PostStatus.PUBLISHED, at, at, at, body, "<p>" + body + "</p>", body, 1, 1, null, List.of(),
                            List.of(), null, List.of(), null, 1)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (SearchQuery.Part part : List.of(new SearchQuery.Part("算力", false),
                        new SearchQuery.Part("学习", false), new SearchQuery.Part("model", false),
                        new SearchQuery.Part("model training", true), new SearchQuery.Part("芯算力", true),
                        new SearchQuery.Part("model, training", true))) {
                    Query both = new BooleanQuery.Builder()
                            .add(SearchQuery.part(part, SearchQuery.Analysis.WORDS), Occur.SHOULD)
                            .add(SearchQuery.part(part, SearchQuery.Analysis.BIGRAMS), Occur.SHOULD).build();
                    Set<Integer> narrowed = hits(searcher, SearchQuery.part(part, SearchQuery.Analysis.BOTH));
                    assertEquals(hits(searcher, both), narrowed, part.toString());
                    assertTrue(part.text().equals("芯算力") || !narrowed.isEmpty(), part.toString());
                }
                // The comma keeps 算 and 力 apart in both analyses.
                assertFalse(hits(searcher, SearchQuery.part(new SearchQuery.Part("算力", false),
                        SearchQuery.Analysis.BOTH)).contains(2));
            }
        }
    }

    private static Set<Integer> hits(IndexSearcher searcher, Query query) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }
}
