package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;

/** The query each field is highlighted with: the clauses on its own text only, none of them required. */
@DatabaseIndependent
class HighlightingTest {

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    @Test
    void keepsOnlyTheFieldsOwnClausesAndMakesThemOptional() {
        Query part = new BooleanQuery.Builder()
                .add(new BoostQuery(term(SearchFields.TITLE, "databas"), 3f), Occur.SHOULD)
                .add(term(SearchFields.BODY, "databas"), Occur.SHOULD)
                .add(term(SearchFields.BODY_BIGRAMS, "databas"), Occur.SHOULD)
                .build();
        Query text = new BooleanQuery.Builder()
                .add(part, Occur.MUST)
                .add(new PhraseQuery(SearchFields.LABELS, "数据", "库"), Occur.MUST)
                .build();

        Query body = Highlighting.onlyFor(text, field -> field.startsWith("body"));

        Query expected = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder()
                        .add(term(SearchFields.BODY, "databas"), Occur.SHOULD)
                        .add(term(SearchFields.BODY_BIGRAMS, "databas"), Occur.SHOULD)
                        .build(), Occur.SHOULD)
                .build();
        assertEquals(expected, body);
        Query title = Highlighting.onlyFor(text, field -> field.startsWith("title"));
        assertEquals(List.of(new BoostQuery(term(SearchFields.TITLE, "databas"), 3f)),
                ((BooleanQuery) ((BooleanQuery) title).clauses().get(0).getQuery()).clauses().stream()
                        .map(clause -> clause.getQuery()).toList());
    }

    @Test
    void isNullWhenNoClauseReadsTheField() {
        Query text = new BooleanQuery.Builder().add(term(SearchFields.LABELS, "go"), Occur.MUST).build();

        assertNull(Highlighting.onlyFor(text, field -> field.startsWith("body")));
    }

    /**
     * One weight per segment (SegmentWeightOffsets) and the hash-free passage score (PassageRanking) give the snippets
     * Lucene's own strategy and scorer give, over three segments and queries of every kind.
     */
    @Test
    void givesTheSnippetsOfLucenesOwnWay() throws IOException {
        String[] words = { "算力", "模型", "训练", "数据", "中心", "芯片", "开源", "的", "是", "在", "model", "training",
            "data", "center", "open", "source", "Go", "modules", "。", "，", ".", "\n" };
        Random random = new Random(18);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig(SearchAnalysis.INDEX).setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (long id = 1; id <= 90; id++) {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0; i < 40 + random.nextInt(400); i++) {
                        String word = words[random.nextInt(words.length)];
                        body.append(word.equals("\\n") ? "\n" : word).append(word.matches("[A-Za-z]+") ? " " : "");
                    }
                    String title = words[random.nextInt(10)] + words[random.nextInt(words.length)] + " " + id;
                    Instant at = Instant.parse("2024-01-01T00:00:00Z");
                    writer.addDocument(SearchFields.document(new PostView(id, "p" + id, title, PostStatus.PUBLISHED,
                            at, at, at, body.toString(), "<p>" + body + "</p>", "", 1, 1, null, List.of(), List.of(),
                            null, List.of(), null, 1)));
                    if (id % 30 == 0) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() >= 3, "several segments: " + reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                Synonyms synonyms = new Synonyms(Optional.empty());
                List<Query> queries = new ArrayList<>();
                for (String q : List.of("算力", "模型训练", "算", "的", "model", "model data", "\"model training\"",
                        "\"open source\" 芯片", "\"算力模型\"", "go modules", "数据 center", "中心芯片开源")) {
                    queries.add(SearchQuery.build(SearchQuery.parse(q), SearchQuery.Analysis.BOTH));
                }
                // The forgiving query's prefix, fuzzy and pinyin parts, which Lucene reads by analysing the text again.
                for (String q : List.of("model", "model traini", "芯片 sour", "modle", "suanli", "xinpian kaiy",
                        "模型训练")) {
                    queries.add(new ForgivingQuery(SearchQuery.parse(q), searcher, synonyms,
                            EnumSet.allOf(ForgivingQuery.Way.class)).all());
                }
                for (Query text : queries) {
                    TopHits hits = TopHits.of(searcher, text, 90);
                    Map<String, String[]> ours = Highlighting.highlight(searcher, text, hits.docs(), hits.loaded());
                    Map<String, String[]> stock = Highlighting.highlight(searcher, text, hits.docs(), hits.loaded(),
                            true);
                    assertTrue(hits.docs().length > 0, text.toString());
                    for (String field : List.of(SearchFields.TITLE_BIGRAMS, SearchFields.BODY_BIGRAMS)) {
                        assertArrayEquals(stock.get(field), ours.get(field), text + " " + field);
                    }
                }
            }
        }
    }
}
