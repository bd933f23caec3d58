package dev.inkstone.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The snippets of a page of hits: the whole title and up to two passages of the body, with the text query's terms
 * marked. Both fields in one pass (one read of each hit's stored fields, one look at the query); each highlights the
 * stored bigram field with the terms of both analyses of its text (title and title_bi, body and body_bi). The
 * formatter escapes the text as HTML and adds only {@code <mark>}; a field without a match gives its opening (the
 * whole title) unmarked. The texts come from the documents the caller read for the hits, not from a second read of
 * the stored fields.
 */
final class Highlighting {

    private static final String[] FIELDS = { SearchFields.TITLE_BIGRAMS, SearchFields.BODY_BIGRAMS };
    private static final int[] PASSAGES = { 1, 2 };
    private static final int BODY_PASSAGE_CHARS = 80;
    /** Highlighting looks at most this far into a body; the corpus' longest posts are about 60,000 characters. */
    private static final int MAX_CHARS = 100_000;

    private Highlighting() {
    }

    /** The stored fields a hit's snippets are made from; read them with the hit's other fields. */
    static final Set<String> SOURCES = Set.of(FIELDS);

    /**
     * Title and body snippets of the docs, in their order, by field name ({@link SearchFields#TITLE_BIGRAMS}...);
     * {@code loaded} holds each doc's stored fields, {@link #SOURCES} among them, in the same order.
     */
    static Map<String, String[]> highlight(IndexSearcher searcher, Query text, int[] docs, Document[] loaded)
            throws IOException {
        return highlight(searcher, text, docs, loaded, false);
    }

    /**
     * {@code stock}: with Lucene's own offsets strategy and passage scorer instead of {@link SegmentWeightOffsets}
     * and {@link PassageRanking}, which must give the same snippets (HighlightingTest compares them).
     */
    static Map<String, String[]> highlight(IndexSearcher searcher, Query text, int[] docs, Document[] loaded,
            boolean stock) throws IOException {
        if (docs.length == 0) {
            return Map.of(FIELDS[0], new String[0], FIELDS[1], new String[0]);
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, SearchAnalysis.INDEX)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(MAX_CHARS);
        if (!stock) {
            builder.withScorer(new PassageRanking());
        }
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i], loaded[i]);
        }
        return new PerField(builder, text, byDoc, stock).highlightFields(FIELDS, text, docs, PASSAGES);
    }

    /**
     * The part of the query that can mark a field: its clauses on the field's family (title and title_bi for the
     * title), each optional. The highlighter asks the query it is given for its matches in each hit, every clause
     * of it, so the whole query cost a look-up of every term of every field per hit and field: half of a search's
     * time. For a hit, every required clause matched, so the clauses that can match in this field mark the same
     * words when they are all optional. Null when no clause reads the field's family.
     */
    static Query onlyFor(Query query, Predicate<String> family) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder();
            int count = 0;
            for (BooleanClause clause : bool.clauses()) {
                Query sub = clause.isScoring() ? onlyFor(clause.getQuery(), family) : null;
                if (sub != null) {
                    kept.add(sub, Occur.SHOULD);
                    count++;
                }
            }
            return count == 0 ? null : kept.build();
        }
        if (query instanceof BoostQuery boost) {
            Query sub = onlyFor(boost.getQuery(), family);
            return sub == null ? null : new BoostQuery(sub, boost.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            Query sub = onlyFor(constant.getQuery(), family);
            return sub == null ? null : new ConstantScoreQuery(sub);
        }
        Query words = WordPairs.asWords(query);
        if (words != null) {
            return family.test(SearchFields.BODY) ? words : null;
        }
        Set<String> fields = fields(query);
        return !fields.isEmpty() && fields.stream().allMatch(family) ? query : null;
    }

    /** The fields a query reads. */
    static Set<String> fields(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }
        });
        return fields;
    }

    /** The field's family: the field and the other analysis of the same text, whose terms it also marks. */
    private static Predicate<String> family(String field) {
        String prefix = field.substring(0, field.indexOf('_'));
        return name -> name.startsWith(prefix);
    }

    /** Passage boundaries and the query fields that count differ between the title and the body. */
    private static final class PerField extends UnifiedHighlighter {

        private final Map<String, Query> queries = new HashMap<>();
        private final Map<Integer, Document> loaded;
        private final boolean stock;

        PerField(Builder builder, Query text, Map<Integer, Document> loaded, boolean stock) {
            super(builder);
            this.loaded = loaded;
            this.stock = stock;
            for (String field : FIELDS) {
                Query only = onlyFor(text, family(field));
                queries.put(field, only == null ? new MatchNoDocsQuery() : only);
            }
        }

        @Override
        protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms,
                int maxPassages) {
            return super.getFieldHighlighter(field, queries.getOrDefault(field, query), allTerms, maxPassages);
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS && !stock ? new SegmentWeightOffsets(components)
                    : super.getOffsetStrategy(source, components);
        }

        /**
         * The postings also when the query has a prefix or fuzzy part (the forgiving search's, on titles): Lucene then
         * analyses each hit's text again into an index in memory, since its term-by-term reading of the postings
         * cannot expand such a part, but the weight's matches read it from the postings as they read a term
         * (SegmentWeightOffsets). The same offsets, so the same snippets (HighlightingTest); the re-analysis was about
         * a tenth of the highlighting.
         */
        @Override
        protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            OffsetSource optimized = super.getOptimizedOffsetSource(components);
            if (!stock && optimized == OffsetSource.ANALYSIS
                    && getOffsetSource(components.getField()) == OffsetSource.POSTINGS) {
                return OffsetSource.POSTINGS;
            }
            return optimized;
        }

        /**
         * The texts from the documents already read: reading the stored fields again decompressed each hit's whole
         * document (its body) a second time, 7% of a search's CPU in a profile at 10,000 posts. Cut at the maximum
         * length as the highlighter's own loading does.
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = loaded.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String value = document.get(fields[i]);
                    texts[i] = value == null ? "" : value.substring(0, Math.min(value.length(), getMaxLength()));
                }
                values.add(texts);
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (SearchFields.TITLE_BIGRAMS.equals(field)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), BODY_PASSAGE_CHARS, 0.5f);
        }

        @Override
        protected Predicate<String> getFieldMatcher(String field) {
            return family(field);
        }
    }
}
