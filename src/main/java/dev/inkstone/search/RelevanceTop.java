package dev.inkstone.search;

import java.io.IOException;
import java.util.Collection;
import java.util.PriorityQueue;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The best hits in search order, score first and then the id ({@link SearchFields#ID}, ascending), as Lucene's
 * {@code TopFieldCollector} collects them for that sort, with one more thing it cannot know: in a segment sorted by
 * that id ({@link #INDEX_SORT}, as the index is written) the documents still to come have larger ids, so once the
 * weakest kept hit's id is below the current one, a later document scoring exactly as much cannot take its place, and
 * Lucene may skip everything up to and including that score. Lucene's collector asks only for "at least as much"
 * because of the id tie-break, and on text where many posts score alike (the same term frequencies and lengths: two
 * common words, a phrase) that left nothing to skip. Totals are counted exactly up to the threshold, as Lucene's.
 */
final class RelevanceTop implements CollectorManager<RelevanceTop.Top, TopFieldDocs> {

    /** How the index orders documents within each segment, which the skipping above relies on. */
    static final Sort INDEX_SORT = new Sort(new SortField(SearchFields.ID, SortField.Type.LONG));
    /** The search order the hits come in. */
    static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.ID, SortField.Type.LONG));

    private final int wanted;
    private final Float afterScore;
    private final long afterId;
    private final int exactUpTo;

    /** The {@code wanted} best after the hit ({@code afterScore}, {@code afterId}) or from the start when null. */
    RelevanceTop(int wanted, Float afterScore, long afterId, int exactUpTo) {
        if (wanted < 1) {
            throw new IllegalArgumentException("wanted must be at least 1");
        }
        this.wanted = wanted;
        this.afterScore = afterScore;
        this.afterId = afterId;
        this.exactUpTo = Math.max(exactUpTo, wanted);
    }

    @Override
    public Top newCollector() {
        return new Top();
    }

    @Override
    public TopFieldDocs reduce(Collection<Top> collectors) {
        // One collector unless the searcher has an executor; then each slice kept its best, and the best of those win.
        PriorityQueue<Hit> best = newQueue();
        long total = 0;
        boolean bounded = false;
        for (Top top : collectors) {
            total += top.total;
            bounded |= top.bounded;
            for (Hit hit : top.kept) {
                best.add(hit);
                if (best.size() > wanted) {
                    best.poll();
                }
            }
        }
        FieldDoc[] hits = new FieldDoc[best.size()];
        for (int i = hits.length - 1; i >= 0; i--) {
            Hit hit = best.poll();
            hits[i] = new FieldDoc(hit.doc, hit.score, new Object[] { hit.score, hit.id });
        }
        TotalHits totalHits = new TotalHits(total,
                bounded ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO);
        return new TopFieldDocs(totalHits, hits, ORDER.getSort());
    }

    /** Hits with the weakest on top. */
    private PriorityQueue<Hit> newQueue() {
        return new PriorityQueue<>(wanted + 1,
                (a, b) -> before(a.score, a.id, b.score, b.id) ? 1 : before(b.score, b.id, a.score, a.id) ? -1 : 0);
    }

    /** A hit kept so far. */
    private record Hit(int doc, float score, long id) {
    }

    /** Whether {@code a} comes before {@code b} in search order. */
    private static boolean before(float scoreA, long idA, float scoreB, long idB) {
        return scoreA > scoreB || (scoreA == scoreB && idA < idB);
    }

    /** One search's collection over the segments in turn. */
    final class Top implements Collector {

        /** The weakest kept hit on top. */
        private final PriorityQueue<Hit> kept = newQueue();
        private long total;
        private boolean bounded;
        private float minCompetitive;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues ids = DocValues.getNumeric(context.reader(), SearchFields.ID);
            boolean sortedById = INDEX_SORT.equals(context.reader().getMetaData().getSort());
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;
                /** What this segment's scorer was told; a new segment starts from the plain bound again. */
                private float told;

                @Override
                public void setScorer(Scorable scorable) throws IOException {
                    scorer = scorable;
                    told = 0f;
                    if (minCompetitive > 0f) {
                        // Another segment's ids may be smaller than the weakest kept: ties still compete here.
                        scorable.setMinCompetitiveScore(minCompetitive);
                        told = minCompetitive;
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    float score = scorer.score();
                    if (!ids.advanceExact(doc)) {
                        throw new IllegalStateException("an indexed document without an id: " + (docBase + doc));
                    }
                    long id = ids.longValue();
                    if (afterScore != null && !before(afterScore, afterId, score, id)) {
                        return;
                    }
                    if (kept.size() < wanted) {
                        kept.add(new Hit(docBase + doc, score, id));
                    } else {
                        Hit weakest = kept.peek();
                        if (!before(score, id, weakest.score, weakest.id)) {
                            raise(id);
                            return;
                        }
                        kept.poll();
                        kept.add(new Hit(docBase + doc, score, id));
                    }
                    raise(id);
                }

                /** Tells the scorer what can still enter, once every hit is kept and enough are counted. */
                private void raise(long currentId) throws IOException {
                    if (kept.size() < wanted || total <= exactUpTo) {
                        return;
                    }
                    Hit weakest = kept.peek();
                    minCompetitive = Math.max(minCompetitive, weakest.score);
                    float bound = sortedById && weakest.id < currentId ? Math.nextUp(weakest.score) : weakest.score;
                    if (bound > told) {
                        scorer.setMinCompetitiveScore(bound);
                        told = bound;
                        bounded = true;
                    }
                }
            };
        }
    }
}
