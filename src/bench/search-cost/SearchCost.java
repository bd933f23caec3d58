package dev.inkstone.search;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

import dev.inkstone.common.paging.Page;

/**
 * What the search itself costs, without HTTP, the database or a second thread: opens an index a search-scale run left
 * behind and runs each query of a list as SearchService does (the forgiving query, relaxing, top 11 by relevance
 * counted exactly up to 1,000, SearchService's default, then the shown hits' stored fields and highlights), on one
 * thread, after warm-up rounds. Prints per query class the mean and worst per-query time of ranking and of
 * highlighting, then the slowest queries. The tag and
 * category filters are left out (they need the database): that class runs as its plain words. In the package of the
 * classes it drives, compiled and run by search-cost.sh against a packaged app.
 */
public final class SearchCost {

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchFields.ID, SortField.Type.LONG));

    /** inkstone.search.exact-total-up-to's default. */
    private static final int EXACT_TOTAL_UP_TO = 1_000;

    /** A query and its mean time, rank and highlight. */
    private record Slow(String query, double ms) {
    }

    private SearchCost() {
    }

    /** Arguments: index directory, queries file (class TAB query per line), measured runs per query, warm rounds[, how many slowest queries to name]. */
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[2]);
        int warmRounds = Integer.parseInt(args[3]);
        int shown = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        List<String[]> queries = Files.readAllLines(Path.of(args[1])).stream().map(line -> line.split("\t")).toList();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Synonyms synonyms = new Synonyms(Optional.empty());
            BooleanQuery filters = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchFields.KIND, SearchType.PAGE.wireName())), Occur.MUST_NOT)
                    .add(LongPoint.newRangeQuery(SearchFields.VISIBLE_AT, Long.MIN_VALUE, Long.MAX_VALUE - 1),
                            Occur.FILTER)
                    .build();
            for (int round = 0; round < warmRounds; round++) {
                for (String[] query : queries) {
                    cost(searcher, synonyms, filters, query[1]);
                }
            }
            Map<String, List<double[]>> byClass = new LinkedHashMap<>();
            List<Slow> slowest = new ArrayList<>();
            for (String[] query : queries) {
                double[] total = new double[2];
                for (int i = 0; i < runs; i++) {
                    double[] one = cost(searcher, synonyms, filters, query[1]);
                    total[0] += one[0] / runs;
                    total[1] += one[1] / runs;
                }
                byClass.computeIfAbsent(query[0], k -> new ArrayList<>()).add(total);
                slowest.add(new Slow(query[1], total[0] + total[1]));
            }
            print(byClass);
            slowest.sort(Comparator.comparingDouble(Slow::ms).reversed());
            System.out.println();
            System.out.println("Slowest queries, rank and highlight mean ms: " + String.join(", ", slowest.stream()
                    .limit(shown).map(slow -> String.format("%s %.2f", slow.query(), slow.ms())).toList()));
        }
    }

    /**
     * The service's collector: RelevanceTop where the build has it (since 2026-12-07), Lucene's for the same order
     * before, so that one source measures both builds.
     */
    @SuppressWarnings("unchecked")
    private static CollectorManager<?, TopFieldDocs> topHits(int wanted) {
        try {
            Constructor<?> relevanceTop = Class.forName("dev.inkstone.search.RelevanceTop")
                    .getDeclaredConstructor(int.class, Float.class, long.class, int.class);
            relevanceTop.setAccessible(true);
            return (CollectorManager<?, TopFieldDocs>) relevanceTop.newInstance(wanted, null, 0L, EXACT_TOTAL_UP_TO);
        } catch (ClassNotFoundException before) {
            return new TopFieldCollectorManager(BY_RELEVANCE, wanted, null, EXACT_TOTAL_UP_TO);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds spent ranking (with relaxing) and reading and highlighting the shown hits. */
    private static double[] cost(IndexSearcher searcher, Synonyms synonyms, BooleanQuery filters, String q)
            throws Exception {
        long start = System.nanoTime();
        ForgivingQuery query = new ForgivingQuery(SearchQuery.parse(q), searcher, synonyms,
                EnumSet.allOf(ForgivingQuery.Way.class));
        List<Object[]> tries = new ArrayList<>();
        SearchService.Answer answer = Relaxing.search(query, 5, words -> {
            TopFieldDocs top = searcher.search(Relaxing.filtered(filters, words), topHits(11));
            Page<SearchHit> counted = new Page<>(List.of(), new Page.PageInfo(1, 10, top.totalHits.value, 1), null);
            tries.add(new Object[] { counted, top, words });
            return counted;
        });
        Object[] shown = tries.stream().filter(t -> t[0] == answer.page()).findFirst().orElseThrow();
        long ranked = System.nanoTime();
        int[] docs = Arrays.stream(((TopFieldDocs) shown[1]).scoreDocs).limit(10).mapToInt(d -> d.doc).toArray();
        Document[] loaded = new Document[docs.length];
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            loaded[i] = stored.document(docs[i]);
        }
        Highlighting.highlight(searcher, (Query) shown[2], docs, loaded);
        long highlighted = System.nanoTime();
        return new double[] { (ranked - start) / 1e6, (highlighted - ranked) / 1e6 };
    }

    private static void print(Map<String, List<double[]>> byClass) {
        System.out.println("| query class | rank mean ms | rank worst ms | highlight mean ms | highlight worst ms |");
        System.out.println("|---|---|---|---|---|");
        double sum = 0;
        int count = 0;
        for (Map.Entry<String, List<double[]>> entry : byClass.entrySet()) {
            DoubleSummaryStatistics rank = entry.getValue().stream().mapToDouble(v -> v[0]).summaryStatistics();
            DoubleSummaryStatistics highlight = entry.getValue().stream().mapToDouble(v -> v[1]).summaryStatistics();
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f |%n", entry.getKey(), rank.getAverage(),
                    rank.getMax(), highlight.getAverage(), highlight.getMax());
            sum += rank.getSum() + highlight.getSum();
            count += entry.getValue().size();
        }
        System.out.printf("| every query, rank and highlight | %.2f | | | |%n", sum / count);
    }
}
