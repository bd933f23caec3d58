package dev.inkstone.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The highlighter's offsets from the postings by the query's matches, with one weight per segment for all the hits
 * in it. The stock strategy rewrote the query and built its weight again for every hit and field, each term looked up
 * in the terms dictionary anew: with the postings enums, most of what a search allocated. A weight is not tied to a
 * document, so the matches of each hit are those the stock way finds (HighlightingTest compares them).
 */
final class SegmentWeightOffsets extends PostingsOffsetStrategy {

    private LeafReader segment;
    private LeafReader remapped;
    private Weight weight;

    SegmentWeightOffsets(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results)
            throws IOException {
        if (leaf != segment) {
            remapped = remapped(leaf);
            IndexSearcher searcher = new IndexSearcher(remapped);
            searcher.setQueryCache(null);
            weight = searcher.rewrite(components.getQuery()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
            segment = leaf;
        }
        Matches matches = weight.matches(remapped.getContext(), doc);
        if (matches == null) {
            return;
        }
        for (String field : matches) {
            if (components.getFieldMatcher().test(field)) {
                MatchesIterator iterator = matches.getMatches(field);
                if (iterator != null) {
                    results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                }
            }
        }
    }

    /** The segment with every field the highlighted one matches read from the highlighted one's postings. */
    private LeafReader remapped(LeafReader leaf) {
        return new FilterLeafReader(leaf) {
            @Override
            public Terms terms(String field) throws IOException {
                return super.terms(components.getFieldMatcher().test(field) ? components.getField() : field);
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
                return null;
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
                return null;
            }
        };
    }
}
