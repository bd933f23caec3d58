package dev.inkstone.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import dev.inkstone.common.error.ApiException;

/**
 * The {@code q} parameter as a Lucene query. Words separated by spaces and "quoted phrases" are parts; a post must
 * match every part, each in the title, the tag and category names or the body (title and names weigh more), as
 * words or as bigrams; matching in more places scores higher. Requiring every part (rather than any) measured the
 * same on the relevance set and keeps totals meaningful: "AI 算力" does not count every post that says AI. No query
 * syntax beyond quotes: a reader's "C++" or "AND" is text, never an operator or a parse error.
 */
final class SearchQuery {

    /** Longer queries are refused: they are pasted text, and each character adds clauses. */
    static final int MAX_LENGTH = 100;
    static final int MAX_PARTS = 16;

    /** Which fields a query reads: the product uses both; the others exist to measure the choice. */
    enum Analysis {
        WORDS, BIGRAMS, BOTH
    }

    private static final float TITLE_BOOST = 3f;
    private static final float LABELS_BOOST = 2f;

    /** A part of the query text: a word run, or a phrase that must match as written. */
    record Part(String text, boolean phrase) {
    }

    private SearchQuery() {
    }

    /** Splits and checks the text; null when nothing in it can be searched (only spaces, quotes, punctuation). */
    static List<Part> parse(String q) {
        if (q == null || q.isBlank()) {
            throw ApiException.badParameter("q", "q must not be empty");
        }
        String text = q.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw ApiException.badParameter("q", "q must be at most " + MAX_LENGTH + " characters");
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                add(parts, current, quoted);
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                add(parts, current, false);
            } else {
                current.append(c);
            }
        }
        // An unclosed quote quotes to the end, as people type it.
        add(parts, current, quoted);
        if (parts.size() > MAX_PARTS) {
            throw ApiException.badParameter("q", "q may hold at most " + MAX_PARTS + " words or phrases");
        }
        return parts;
    }

    private static void add(List<Part> parts, StringBuilder current, boolean phrase) {
        if (!current.toString().isBlank()) {
            parts.add(new Part(current.toString().strip(), phrase));
        }
        current.setLength(0);
    }

    /** The query for the parts, or null when analysis left no term (punctuation only). */
    static Query build(List<Part> parts, Analysis analysis) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Part part : parts) {
            Query places = part(part, analysis);
            if (places != null) {
                query.add(places, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : query.build();
    }

    /** Where one part may match: any of the places, better places scoring more; null when it has no term. */
    static Query part(Part part, Analysis analysis) {
        BooleanQuery.Builder places = new BooleanQuery.Builder();
        int found = 0;
        // A run without spaces is one unit: its words must follow each other. Otherwise smartcn's single-character
        // fallback for words it does not know ("算力" → 算, 力) would match every post with a 算 anywhere.
        if (analysis != Analysis.BIGRAMS) {
            found += place(places, SearchAnalysis.WORDS, SearchFields.TITLE, part, true, TITLE_BOOST);
            found += place(places, SearchAnalysis.WORDS, SearchFields.LABELS, part, true, LABELS_BOOST);
            found += place(places, SearchAnalysis.WORDS, SearchFields.BODY, part, true, 1f);
        }
        // Bigrams match any of their pairs, so "自主学习" also finds posts that only say 学习, ranked lower.
        if (analysis != Analysis.WORDS) {
            found += place(places, SearchAnalysis.BIGRAMS_QUERY, SearchFields.TITLE_BIGRAMS, part, part.phrase(),
                    TITLE_BOOST);
            found += place(places, SearchAnalysis.BIGRAMS_QUERY, SearchFields.LABELS_BIGRAMS, part,
                    part.phrase(), LABELS_BOOST);
            found += place(places, SearchAnalysis.BIGRAMS_QUERY, SearchFields.BODY_BIGRAMS, part, part.phrase(),
                    1f);
        }
        return found == 0 ? null : places.build();
    }

    private static int place(BooleanQuery.Builder places, Analyzer analyzer, String field, Part part, boolean phrase,
            float boost) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query query = phrase ? builder.createPhraseQuery(field, part.text())
                : builder.createBooleanQuery(field, part.text(), Occur.SHOULD);
        if (query == null) {
            return 0;
        }
        places.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        return 1;
    }
}
