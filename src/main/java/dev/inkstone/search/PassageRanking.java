package dev.inkstone.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's distinct terms, damped by its position) without its hash: the stock
 * score builds a {@code BytesRefHash} for every candidate passage, a 32 KB block each, which made an eighth of what a
 * search allocated at 100,000 posts. A passage holds few matches, so its distinct terms are found by comparing each
 * with those before it; they are summed in the order they first appear, as the hash numbered them, so the score is
 * the same float (PassageRankingTest).
 */
final class PassageRanking extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // For each distinct term, the index of its first match and how often it matches in the passage.
        int[] first = new int[matches];
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int seen = 0;
            while (seen < distinct && !terms[first[seen]].bytesEquals(terms[i])) {
                seen++;
            }
            if (seen == distinct) {
                first[distinct++] = i;
            }
            inPassage[seen]++;
        }
        double score = 0d;
        for (int t = 0; t < distinct; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
