package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagSummary;

/**
 * Suggestions at 100,000 posts: the corpus titles and tags repeated with a number (so every title is distinct and
 * tags are shared as on a real blog), only the suggestion fields indexed (the body does not take part), then prefixes
 * in Chinese, pinyin and English timed after a warm-up. Reports p50 and p99; asserts only that answers come back.
 */
@DatabaseIndependent
class SuggestScaleTest {

    private static final int POSTS = 100_000;

    @Test
    void suggestsAtAHundredThousandPosts() throws IOException {
        List<CorpusPosts.CorpusPost> corpus = CorpusPosts.load();
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            long started = System.nanoTime();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.INDEX))) {
                for (int i = 0; i < POSTS; i++) {
                    CorpusPosts.CorpusPost post = corpus.get(i % corpus.size());
                    List<TagSummary> tags = new ArrayList<>();
                    for (String tag : post.tags()) {
                        tags.add(new TagSummary(tags.size() + 1, "t" + tags.size(), tag));
                    }
                    Document doc = new Document();
                    ForgivingFields.add(doc, new PostView(i, post.key(), post.title() + " " + (i / corpus.size()),
                            PostStatus.PUBLISHED, at, at, at, "", "", "", 1, 1, null, tags, List.of(), null, List.of(), null, 1),
                            List.of());
                    writer.addDocument(doc);
                }
            }
            System.out.printf("Suggestion fields of %,d posts indexed in %d ms%n", POSTS,
                    (System.nanoTime() - started) / 1_000_000);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                long now = SearchService.micros(Instant.parse("2026-01-01T00:00:00Z"));
                for (String q : List.of("分布式", "fenbushi", "fbs", "kubernetes", "go dev", "s", "蚂蚁")) {
                    Set<String> prefixes = new java.util.LinkedHashSet<>(List.of(SearchText.fold(q)));
                    prefixes.add(SearchText.fold(q).replace(" ", ""));
                    for (int i = 0; i < 50; i++) {
                        Suggestions.top(searcher, prefixes, now, Suggestions.MAX);
                    }
                    long[] times = new long[200];
                    List<Suggestions.Suggestion> answer = List.of();
                    for (int i = 0; i < times.length; i++) {
                        long t = System.nanoTime();
                        answer = Suggestions.top(searcher, prefixes, now, Suggestions.MAX);
                        times[i] = System.nanoTime() - t;
                    }
                    Arrays.sort(times);
                    System.out.printf("suggest %-12s p50 %.2f ms, p99 %.2f ms, %d answers, first %s%n", q,
                            times[100] / 1e6, times[197] / 1e6, answer.size(),
                            answer.isEmpty() ? "-" : answer.get(0).text());
                    assertFalse(answer.isEmpty(), q);
                    assertTrue(answer.size() <= Suggestions.MAX);
                }
            }
        }
    }
}
