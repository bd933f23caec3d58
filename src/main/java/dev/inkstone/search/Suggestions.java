package dev.inkstone.search;

import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.time.Timestamps;

/**
 * Completions of what a reader is typing: titles, tag and category names that begin with it, as written, in pinyin
 * (shujuku, sjk) or from a later English word of a title. The keys are terms of one field of the search index
 * ({@link ForgivingFields#SUGGEST}), so a suggestion is a seek in the term dictionary and a short walk, with no
 * separate structure to keep current: a post's keys change with its document. Only published posts' titles and
 * labels are suggested, to every caller. Labels carried by more published posts come first, then shorter texts.
 */
@ApplicationScoped
class Suggestions {

    static final int MAX = 10;
    /** Terms looked at per segment and key form; a one-letter prefix stops here rather than walk the dictionary. */
    private static final int SCAN = 200;
    /** Posts counted per term: enough to rank a popular tag above a title. */
    private static final int COUNT = 1000;

    private final SearchIndex index;
    private final InstantSource clock;

    Suggestions(SearchIndex index, InstantSource clock) {
        this.index = index;
        this.clock = clock;
    }

    /** One completion: the text and whether it is a post title, a tag or a category. */
    record Suggestion(String text, String kind) {
    }

    List<Suggestion> suggest(String q, Integer limit) {
        if (q == null || q.isBlank()) {
            throw ApiException.badParameter("q", "q must not be empty");
        }
        if (q.strip().codePointCount(0, q.strip().length()) > SearchQuery.MAX_LENGTH) {
            throw ApiException.badParameter("q", "q must be at most " + SearchQuery.MAX_LENGTH + " characters");
        }
        int wanted = limit == null ? MAX : limit;
        if (wanted < 1 || wanted > MAX) {
            throw ApiException.badParameter("limit", "limit must be between 1 and " + MAX);
        }
        String folded = SearchText.fold(q);
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(folded);
        if (folded.chars().allMatch(c -> c == ' ' || (c >= 'a' && c <= 'z'))) {
            // Pinyin typed with spaces between syllables: the pinyin keys have none.
            prefixes.add(folded.replace(" ", ""));
        }
        long now = SearchService.micros(Timestamps.normalize(clock.instant()));
        try {
            return index.search(searcher -> top(searcher, prefixes, now, wanted));
        } catch (IOException e) {
            throw new IllegalStateException("Search index read failed", e);
        }
    }

    static List<Suggestion> top(IndexSearcher searcher, Set<String> prefixes, long now, int wanted)
            throws IOException {
        Map<String, Integer> postsByTerm = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ForgivingFields.SUGGEST);
            if (terms == null) {
                continue;
            }
            for (String prefix : prefixes) {
                BytesRef start = new BytesRef(prefix);
                TermsEnum walk = terms.iterator();
                if (walk.seekCeil(start) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                PostingsEnum postings = null;
                int scanned = 0;
                do {
                    BytesRef term = walk.term();
                    if (!StringHelper.startsWith(term, start) || ++scanned > SCAN) {
                        break;
                    }
                    postings = walk.postings(postings, PostingsEnum.NONE);
                    int visible = visible(leaf.reader(), postings, now);
                    if (visible > 0) {
                        postsByTerm.merge(term.utf8ToString(), visible, Integer::sum);
                    }
                } while (walk.next() != null);
            }
        }
        // The same text under several keys (as written, in pinyin) counts once, by its best key.
        Map<String, Integer> postsByText = new HashMap<>();
        postsByTerm.forEach((term, posts) -> postsByText.merge(
                term.substring(term.indexOf(ForgivingFields.SEPARATOR) + 1), posts, Math::max));
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(postsByText.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparingInt(e -> e.getKey().length()).thenComparing(Map.Entry::getKey));
        return ranked.stream().limit(wanted).map(e -> new Suggestion(e.getKey().substring(1), kind(e.getKey())))
                .toList();
    }

    /** How many live, published posts (up to {@link #COUNT}) have the term. */
    private static int visible(LeafReader reader, PostingsEnum postings, long now) throws IOException {
        Bits live = reader.getLiveDocs();
        NumericDocValues visibleAt = reader.getNumericDocValues(ForgivingFields.SUGGEST_VISIBLE_AT);
        if (visibleAt == null) {
            return 0;
        }
        int count = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && count < COUNT;
                doc = postings.nextDoc()) {
            if ((live == null || live.get(doc)) && visibleAt.advanceExact(doc) && visibleAt.longValue() <= now) {
                count++;
            }
        }
        return count;
    }

    private static String kind(String value) {
        return switch (value.charAt(0)) {
            case ForgivingFields.TAG -> "tag";
            case ForgivingFields.CATEGORY -> "category";
            default -> "title";
        };
    }
}
