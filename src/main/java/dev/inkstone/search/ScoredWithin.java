package dev.inkstone.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A text query scored only within the documents a filter accepts: the same hits and scores as a boolean query with the
 * text as its MUST clause and the filter's clauses beside it, run another way. Lucene scores a top-k conjunction of
 * terms (two English words) or a disjunction (one word in several fields) with bulk scorers that skip a document as
 * soon as its score cannot reach the page (per document, not only per block of 128); it picks them only when every
 * required clause scores, so a visibility filter beside the words sent every search to the slower document-at-a-time
 * scorers. Here the filter becomes the accepted documents of the text's own bulk scorer, as deleted documents are: one
 * bit set per segment, the query cache's own when it holds the filter.
 */
final class ScoredWithin extends Query {

    private final Query text;
    private final Query filter;

    /**
     * {@code filter} selects documents and is never scored; a query of only MUST_NOT clauses is read as "all
     * documents but those".
     */
    ScoredWithin(Query text, Query filter) {
        this.text = Objects.requireNonNull(text);
        this.filter = positive(Objects.requireNonNull(filter));
    }

    /** A boolean query of only prohibited clauses matches nothing in Lucene; as a filter it means all but those. */
    private static Query positive(Query filter) {
        if (filter instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
            bool.clauses().forEach(all::add);
            return all.build();
        }
        if (filter instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
            return new MatchAllDocsQuery();
        }
        return filter;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewrittenText = text.rewrite(searcher);
        Query rewrittenFilter = filter.rewrite(searcher);
        if (rewrittenText instanceof MatchNoDocsQuery || rewrittenFilter instanceof MatchNoDocsQuery) {
            return new MatchNoDocsQuery("no document is both in the text and the filter");
        }
        if (rewrittenFilter instanceof MatchAllDocsQuery) {
            return rewrittenText;
        }
        if (rewrittenText != text || rewrittenFilter != filter) {
            return new ScoredWithin(rewrittenText, rewrittenFilter);
        }
        return this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight textWeight = searcher.createWeight(text, scoreMode, boost);
        // Through the searcher, so the query cache may keep the filter's documents (a filter does not change per
        // request: SearchService's visibility bound moves only with the content clock).
        Weight filterWeight = searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new Within(this, searcher, scoreMode, boost, textWeight, filterWeight);
    }

    /** The text's weight, its bulk scorer given the filter as accepted documents. */
    private static final class Within extends Weight {

        private final IndexSearcher searcher;
        private final ScoreMode scoreMode;
        private final float boost;
        private final Weight text;
        private final Weight filter;
        /** The plain boolean form, for what is not bulk scoring (explanations, matches, single scorers). */
        private Weight combined;

        Within(ScoredWithin query, IndexSearcher searcher, ScoreMode scoreMode, float boost, Weight text,
                Weight filter) {
            super(query);
            this.searcher = searcher;
            this.scoreMode = scoreMode;
            this.boost = boost;
            this.text = text;
            this.filter = filter;
        }

        private synchronized Weight combined() throws IOException {
            if (combined == null) {
                ScoredWithin query = (ScoredWithin) getQuery();
                Query bool = new BooleanQuery.Builder().add(query.text, Occur.MUST).add(query.filter, Occur.FILTER)
                        .build();
                combined = searcher.createWeight(searcher.rewrite(bool), scoreMode, boost);
            }
            return combined;
        }

        @Override
        public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
            // The text first: a segment where it matches nothing needs no bit set of the filter's documents.
            BulkScorer scoring = text.bulkScorer(context);
            if (scoring == null) {
                return null;
            }
            Scorer accepted = filter.scorer(context);
            if (accepted == null) {
                return null;
            }
            Bits within = bits(accepted.iterator(), context.reader().maxDoc());
            return new BulkScorer() {
                @Override
                public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                    return scoring.score(collector, both(acceptDocs, within), min, max);
                }

                @Override
                public long cost() {
                    return scoring.cost();
                }
            };
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            return combined().scorer(context);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return combined().explain(context, doc);
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return combined().matches(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return text.isCacheable(context) && filter.isCacheable(context);
        }
    }

    /** The filter's documents as random-access bits: the query cache's bit set itself when it holds them. */
    static Bits bits(DocIdSetIterator accepted, int maxDoc) throws IOException {
        if (accepted instanceof BitSetIterator cached && cached.docID() == -1) {
            return cached.getBitSet();
        }
        FixedBitSet set = new FixedBitSet(maxDoc);
        set.or(accepted);
        return set;
    }

    private static Bits both(Bits live, Bits within) {
        if (live == null) {
            return within;
        }
        return new Bits() {
            @Override
            public boolean get(int index) {
                return live.get(index) && within.get(index);
            }

            @Override
            public int length() {
                return within.length();
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        text.visit(visitor.getSubVisitor(Occur.MUST, this));
        filter.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "+(" + text.toString(field) + ") #(" + filter.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && text.equals(((ScoredWithin) other).text)
                && filter.equals(((ScoredWithin) other).filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), text, filter);
    }
}
