package dev.inkstone.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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

    /**
     * Whether analysis leaves any term, that is whether {@link #build} gives a query: the search builds its own
     * (ForgivingQuery), and building this one only to see that cost a search a part's analyses twice over.
     */
    static boolean hasTerms(List<Part> parts) {
        return parts.stream().anyMatch(part -> !tokens(SearchAnalysis.WORDS, part.text()).isEmpty()
                || !tokens(SearchAnalysis.BIGRAMS_QUERY, part.text()).isEmpty());
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
        return part(part, analysis, true);
    }

    /**
     * The same; {@code pairs}: whether the index has word pairs (WordPairs.indexed), which an index of schema 3 still
     * answering during the rebuild to 4 has not.
     */
    static Query part(Part part, Analysis analysis, boolean pairs) {
        // A part that one analysis matches alone weighs double: its hits scored in both fields before, so it keeps its
        // weight against parts (and synonyms: 开发者调查 and "developer survey") that both analyses still match.
        float weight = 1f;
        if (analysis == Analysis.BOTH) {
            analysis = needed(part);
            weight = analysis == Analysis.BOTH ? 1f : 2f;
        }
        BooleanQuery.Builder places = new BooleanQuery.Builder();
        int found = 0;
        // A run without spaces is one unit: its words must follow each other. Otherwise smartcn's single-character
        // fallback for words it does not know ("算力" → 算, 力) would match every post with a 算 anywhere.
        if (analysis != Analysis.BIGRAMS) {
            found += place(places, SearchAnalysis.WORDS, SearchFields.TITLE, part, true, weight * TITLE_BOOST);
            found += place(places, SearchAnalysis.WORDS, SearchFields.LABELS, part, true, weight * LABELS_BOOST);
            found += body(places, part, weight, pairs);
        }
        // Bigrams match any of their pairs, so "自主学习" also finds posts that only say 学习, ranked lower.
        if (analysis != Analysis.WORDS) {
            found += place(places, SearchAnalysis.BIGRAMS_QUERY, SearchFields.TITLE_BIGRAMS, part, part.phrase(),
                    weight * TITLE_BOOST);
            found += place(places, SearchAnalysis.BIGRAMS_QUERY, SearchFields.LABELS_BIGRAMS, part,
                    part.phrase(), weight * LABELS_BOOST);
            found += place(places, SearchAnalysis.BIGRAMS_QUERY, SearchFields.BODY_BIGRAMS, part, part.phrase(),
                    weight);
        }
        return found == 0 ? null : places.build();
    }

    /**
     * Which analyses a part needs: both, unless the two would match the same postings twice over. They do for text
     * without CJK characters that both cut into the same terms, as one term or as a phrase (an English word, a quoted
     * English phrase: such text is indexed as the same words in the bigram fields), and when smartcn cuts a CJK run
     * it does not know into single characters ("算力" → 算, 力) that in a row are exactly what its bigrams match: two
     * characters, or a quoted run. Each duplicate clause scored every hit a second time: an English phrase or a
     * two-character Chinese word at 100,000 posts spent most of its time in them. A longer unquoted run keeps both:
     * its bigrams match any of their pairs, the phrase only the whole run.
     */
    static Analysis needed(Part part) {
        List<Token> words = tokens(SearchAnalysis.WORDS, part.text());
        List<Token> bigrams = tokens(SearchAnalysis.BIGRAMS_QUERY, part.text());
        // Tokens compare with their position increments: smartcn leaves a gap where it drops punctuation, the
        // bigram analysis none, so "model, training" quoted is a different phrase in each.
        if (part.text().codePoints().noneMatch(SearchQuery::isCjk) && words.equals(bigrams)
                && (words.size() == 1 || part.phrase())) {
            return Analysis.WORDS;
        }
        boolean characters = words.size() > 1 && words.stream().allMatch(word -> word.increment() == 1
                && word.term().codePointCount(0, word.term().length()) == 1 && isCjk(word.term().codePointAt(0)));
        if (characters && (words.size() == 2 || part.phrase()) && bigrams.equals(pairs(words))) {
            return Analysis.BIGRAMS;
        }
        return Analysis.BOTH;
    }

    /** A term as an analyzer gives it, with its distance from the one before. */
    record Token(String term, int increment) {
    }

    /** Each character with the next, as the bigram analysis pairs a run. */
    private static List<Token> pairs(List<Token> characters) {
        List<Token> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < characters.size(); i++) {
            pairs.add(new Token(characters.get(i).term() + characters.get(i + 1).term(), 1));
        }
        return pairs;
    }

    /** The characters the bigram analysis pairs (CJKBigramFilter's scripts). */
    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The text's terms as the analyzer cuts them (every field of an analyzer here cuts alike). */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return tokens;
    }

    /** The body's words clause; a quoted phrase of non-CJK words reads the body's word pairs (WordPairs). */
    private static int body(BooleanQuery.Builder places, Part part, float boost, boolean indexed) {
        Query pairs = indexed && part.phrase() ? WordPairs.query(tokens(SearchAnalysis.WORDS, part.text())) : null;
        if (pairs == null) {
            return place(places, SearchAnalysis.WORDS, SearchFields.BODY, part, true, boost);
        }
        places.add(boost == 1f ? pairs : new BoostQuery(pairs, boost), Occur.SHOULD);
        return 1;
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
