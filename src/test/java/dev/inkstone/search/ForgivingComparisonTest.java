package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.text.MarkdownRenderer;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagSummary;

/**
 * What each way of forgiving adds, kind by kind: indexes the whole corpus in memory with the product's document and
 * query code (tag aliases from {@link ForgivingSet#ALIASES}) and scores {@link ForgivingSet} and the original
 * {@link RelevanceSet} with none, each one alone, and all of them (the product), with and without relaxing.
 */
@DatabaseIndependent
class ForgivingComparisonTest {

    /** A configuration measured: the ways used and whether a search with no full match is relaxed. */
    record Setup(String name, Set<ForgivingQuery.Way> ways, int relaxBelow) {
    }

    static final List<Setup> SETUPS = List.of(
            new Setup("strict (before)", EnumSet.noneOf(ForgivingQuery.Way.class), 0),
            new Setup("+ synonyms", EnumSet.of(ForgivingQuery.Way.SYNONYMS), 0),
            new Setup("+ pinyin", EnumSet.of(ForgivingQuery.Way.PINYIN), 0),
            new Setup("+ prefix", EnumSet.of(ForgivingQuery.Way.PREFIX), 0),
            new Setup("+ fuzzy", EnumSet.of(ForgivingQuery.Way.FUZZY), 0),
            new Setup("+ relaxing below 1", EnumSet.noneOf(ForgivingQuery.Way.class), 1),
            new Setup("+ relaxing below 5", EnumSet.noneOf(ForgivingQuery.Way.class), 5),
            new Setup("all, relax below 1", EnumSet.allOf(ForgivingQuery.Way.class), 1),
            new Setup("all (product)", EnumSet.allOf(ForgivingQuery.Way.class), 5));

    /** Setup name → kind (or "original") → summary. */
    private static final Map<String, Map<String, RelevanceSet.Summary>> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void rank() throws IOException {
        List<CorpusPosts.CorpusPost> corpus = CorpusPosts.load();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        ForgivingSet.ALIASES.forEach(a -> aliases.put(a.get(0), a.subList(1, a.size())));
        Synonyms synonyms = new Synonyms(Optional.empty());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.INDEX))) {
                long id = 0;
                for (CorpusPosts.CorpusPost post : corpus) {
                    id++;
                    MarkdownRenderer.Rendered rendered = MarkdownRenderer.render(post.markdown());
                    List<TagSummary> tags = new ArrayList<>();
                    List<String> postAliases = new ArrayList<>();
                    for (String tag : post.tags()) {
                        String slug = Slugs.slugifyOrFallback(tag, "tag");
                        tags.add(new TagSummary(tags.size() + 1, slug, tag));
                        postAliases.addAll(aliases.getOrDefault(slug, List.of()));
                    }
                    Instant at = Instant.parse("2024-01-01T00:00:00Z");
                    writer.addDocument(SearchFields.document(new PostView(id, post.key(), post.title(),
                            PostStatus.PUBLISHED, at, at, at, post.markdown(), rendered.html(), rendered.excerpt(), 1,
                            1, null, tags, List.of(), null, List.of(), null, 1), postAliases));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (Setup setup : SETUPS) {
                    Map<String, List<RelevanceSet.Scores>> byKind = new LinkedHashMap<>();
                    for (ForgivingSet.Kinded kinded : ForgivingSet.QUERIES) {
                        byKind.computeIfAbsent(kinded.kind().name(), k -> new ArrayList<>())
                                .add(score(searcher, synonyms, setup, kinded.judgment()));
                    }
                    for (RelevanceSet.Judgment judgment : RelevanceSet.JUDGMENTS) {
                        byKind.computeIfAbsent("ORIGINAL", k -> new ArrayList<>())
                                .add(score(searcher, synonyms, setup, judgment));
                    }
                    Map<String, RelevanceSet.Summary> summaries = new LinkedHashMap<>();
                    byKind.forEach((kind, scores) -> summaries.put(kind, RelevanceSet.Summary.of(scores)));
                    RESULTS.put(setup.name(), summaries);
                    System.out.printf("%-16s%n", setup.name());
                    summaries.forEach((kind, summary) -> System.out.printf("    %-18s %s%n", kind, summary));
                }
            }
        }
    }

    private static RelevanceSet.Scores score(IndexSearcher searcher, Synonyms synonyms, Setup setup,
            RelevanceSet.Judgment judgment) throws IOException {
        ForgivingQuery query = new ForgivingQuery(SearchQuery.parse(judgment.query()), searcher.getIndexReader(),
                synonyms, setup.ways());
        List<String> keys = new ArrayList<>();
        Relaxing.Run run = words -> {
            TopDocs top = searcher.search(words, 10);
            keys.clear();
            for (ScoreDoc hit : top.scoreDocs) {
                keys.add(searcher.storedFields().document(hit.doc).get(SearchFields.SLUG));
            }
            return new Page<>(List.of(), new Page.PageInfo(1, 10, top.totalHits.value, 1), null);
        };
        if (query.all() == null) {
            return RelevanceSet.score(judgment, List.of());
        }
        if (setup.relaxBelow() > 0) {
            // The last run leaves its keys; rerun the chosen query so they are the answer's.
            SearchService.Answer answer = Relaxing.search(query, setup.relaxBelow(), run);
            Query chosen = answer.relaxed() ? null : query.all();
            if (chosen != null) {
                run.with(chosen);
            }
        } else {
            run.with(query.all());
        }
        RelevanceSet.Scores scores = RelevanceSet.score(judgment, keys);
        if (setup.name().startsWith("all") && scores.precisionAt5() < 1) {
            System.out.printf("  %s: P@5 %.2f, top 5 %s%n", judgment.query(), scores.precisionAt5(),
                    keys.subList(0, Math.min(5, keys.size())));
        }
        return scores;
    }

    /**
     * Measured 2026-12-06 (674 posts, 43 original queries, 39 careless ones): the product reaches these per kind (P@5);
     * the original set rose from 0.972 to 0.978. "genrics" is the miss among typos: the index holds the stem
     * "gener", three edits from "genric".
     */
    static final Map<ForgivingSet.Kind, Double> FLOORS = Map.of(
            ForgivingSet.Kind.SYNONYM, 0.85, ForgivingSet.Kind.TRADITIONAL_PHRASE, 1.0,
            ForgivingSet.Kind.PARTIAL, 1.0, ForgivingSet.Kind.PINYIN, 1.0, ForgivingSet.Kind.QUESTION, 0.85,
            ForgivingSet.Kind.TYPO, 0.8, ForgivingSet.Kind.EXACT_PHRASE, 1.0, ForgivingSet.Kind.CROSS_LANGUAGE, 0.97);

    @Test
    void everyKindReachesItsFloor() {
        Map<String, RelevanceSet.Summary> all = RESULTS.get("all (product)");
        for (ForgivingSet.Kind kind : ForgivingSet.Kind.values()) {
            assertTrue(all.get(kind.name()).precisionAt5() >= FLOORS.get(kind) - 1e-9, kind + ": " + all);
        }
        assertTrue(all.get("ORIGINAL").precisionAt5() >= 0.975 && all.get("ORIGINAL").recallAt10() >= 0.98,
                all.toString());
    }

    @Test
    void forgivingKeepsTheOriginalQueriesAndLiftsEveryKind() {
        Map<String, RelevanceSet.Summary> strict = RESULTS.get("strict (before)");
        Map<String, RelevanceSet.Summary> all = RESULTS.get("all (product)");
        assertTrue(all.get("ORIGINAL").precisionAt5() >= strict.get("ORIGINAL").precisionAt5(), RESULTS.toString());
        assertTrue(all.get("ORIGINAL").recallAt10() >= strict.get("ORIGINAL").recallAt10(), RESULTS.toString());
        for (ForgivingSet.Kind kind : ForgivingSet.Kind.values()) {
            assertTrue(all.get(kind.name()).precisionAt5() >= strict.get(kind.name()).precisionAt5(),
                    kind + ": " + RESULTS);
        }
    }
}
