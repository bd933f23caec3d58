package dev.inkstone.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Each two neighbouring words of a body that are not CJK ("model training", "iphone 15"), indexed as one term of
 * {@link SearchFields#BODY_PAIRS}, so that a quoted phrase of such words reads one term's postings instead of checking
 * the positions of every post having all its words. An English phrase of common words ("model training", 92,000 of
 * 100,000 benchmark posts having both words) cost 12-13 ms that way, the slowest queries by far. The pairs are taken
 * from the body's words analysis while it is indexed (a filter on the body field's stream), so they are exactly the
 * word field's terms and positions and the body is not analysed a second time; CJK phrases need none, their bigrams
 * already pair the characters. A pair's position is its first word's, so a longer phrase is a phrase of pairs.
 */
final class WordPairs {

    private static final String SEPARATOR = " ";
    private static final FieldType PAIRS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        PAIRS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        PAIRS.freeze();
    }

    private WordPairs() {
    }

    /** The body's words field and its pairs field, in that order (Lucene inverts a document's fields in order). */
    static void add(Document doc, String body) {
        Recorded recorded = new Recorded(body);
        doc.add(new RecordingBody(body, recorded));
        doc.add(new Field(SearchFields.BODY_PAIRS, new PairStream(recorded), PAIRS));
    }

    /**
     * Whether any segment has word pairs. An index of schema 3 has none, and answers while its successor is rebuilt:
     * phrases are read from the words there. So does an index whose posts have no two non-CJK words in a row, where
     * the words find the same (nothing, or the titles' and labels' matches).
     */
    static boolean indexed(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(SearchFields.BODY_PAIRS) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body clause of a quoted phrase of these words (the words analysis of its text) on the pairs field: one term
     * for two words, a phrase of pairs for more; null when the phrase is not two or more non-CJK words in a row.
     */
    static Query query(List<SearchQuery.Token> words) {
        if (words.size() < 2) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            if ((i > 0 && words.get(i).increment() != 1) || hasCjk(words.get(i).term())) {
                return null;
            }
        }
        if (words.size() == 2) {
            return new TermQuery(new Term(SearchFields.BODY_PAIRS, pair(words.get(0).term(), words.get(1).term())));
        }
        PhraseQuery.Builder pairs = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(new Term(SearchFields.BODY_PAIRS, pair(words.get(i).term(), words.get(i + 1).term())), i);
        }
        return pairs.build();
    }

    /**
     * The words phrase on the body that a pairs query stands for: the highlighter marks the words it finds in the
     * body's stored text, which holds no pairs. Null for any other query.
     */
    static Query asWords(Query query) {
        List<Term> pairs = new ArrayList<>();
        if (query instanceof TermQuery term && term.getTerm().field().equals(SearchFields.BODY_PAIRS)) {
            pairs.add(term.getTerm());
        } else if (query instanceof PhraseQuery phrase && phrase.getField().equals(SearchFields.BODY_PAIRS)) {
            pairs.addAll(List.of(phrase.getTerms()));
        } else {
            return null;
        }
        PhraseQuery.Builder words = new PhraseQuery.Builder();
        String[] first = pairs.get(0).text().split(SEPARATOR);
        words.add(new Term(SearchFields.BODY, first[0]), 0);
        for (int i = 0; i < pairs.size(); i++) {
            words.add(new Term(SearchFields.BODY, pairs.get(i).text().split(SEPARATOR)[1]), i + 1);
        }
        return words.build();
    }

    private static String pair(String first, String second) {
        return first + SEPARATOR + second;
    }

    /** Whether a term has a CJK character (CJKBigramFilter's scripts); a quick answer below U+2E80. */
    static boolean hasCjk(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= '\u2e80' && SearchQuery.isCjk(Character.codePointAt(term, i))) {
                return true;
            }
        }
        return false;
    }

    /** The pairs of one body, filled while its words are indexed. */
    private static final class Recorded {
        private final String body;
        private final List<String> terms = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private boolean done;

        Recorded(String body) {
            this.body = body;
        }

        /** Analyses the body here, for a pairs field inverted before its body (never, in Lucene's field order). */
        void fill() throws IOException {
            try (TokenStream words = new Recorder(SearchAnalysis.WORDS.tokenStream(SearchFields.BODY, body), this)) {
                words.reset();
                while (words.incrementToken()) {
                    // Only the recording matters here.
                }
                words.end();
            }
        }
    }

    /** The body field: indexed as any words field, its stream passing through a {@link Recorder}. */
    private static final class RecordingBody extends Field {
        private final Recorded recorded;

        RecordingBody(String body, Recorded recorded) {
            super(SearchFields.BODY, body, TextField.TYPE_NOT_STORED);
            this.recorded = recorded;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return new Recorder(super.tokenStream(analyzer, reuse), recorded);
        }
    }

    /** Notes each non-CJK word that follows another one directly, as a pair at the first one's position. */
    private static final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Recorded recorded;
        private int position;
        private String previous;

        Recorder(TokenStream input, Recorded recorded) {
            super(input);
            this.recorded = recorded;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            position = -1;
            previous = null;
            recorded.terms.clear();
            recorded.positions.clear();
            recorded.done = false;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int step = increment.getPositionIncrement();
            position += step;
            if (hasCjk(term)) {
                previous = null;
            } else {
                String word = term.toString();
                if (previous != null && step == 1) {
                    recorded.terms.add(pair(previous, word));
                    recorded.positions.add(position - 1);
                }
                previous = word;
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            recorded.done = true;
        }
    }

    /** The recorded pairs as the pairs field's tokens. */
    private static final class PairStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Recorded recorded;
        private int next;
        private int position;

        PairStream(Recorded recorded) {
            this.recorded = recorded;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            if (!recorded.done) {
                recorded.fill();
            }
            next = 0;
            position = -1;
        }

        @Override
        public boolean incrementToken() {
            if (next == recorded.terms.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(recorded.terms.get(next));
            int at = recorded.positions.get(next++);
            increment.setPositionIncrement(at - position);
            position = at;
            return true;
        }
    }
}
