package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** The hash-free passage score is Lucene's, to the bit. */
@DatabaseIndependent
class PassageRankingTest {

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        String[] terms = { "算力", "模型", "model", "train", "的", "数", "data", "中心" };
        Random random = new Random(18);
        PassageScorer stock = new PassageScorer();
        PassageRanking ours = new PassageRanking();
        for (int run = 0; run < 2_000; run++) {
            int start = random.nextInt(5_000);
            int count = random.nextInt(40);
            int[] starts = new int[count];
            int at = start;
            for (int i = 0; i < count; i++) {
                at += random.nextInt(12);
                starts[i] = at;
            }
            // Lucene's passage takes matches within its bounds only.
            Passage passage = new Passage();
            passage.setStartOffset(start);
            passage.setEndOffset(at + 2 + random.nextInt(80));
            for (int i = 0; i < count; i++) {
                passage.addMatch(starts[i], starts[i] + 2, new BytesRef(terms[random.nextInt(terms.length)]),
                        1 + random.nextInt(30));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);
            assertEquals(stock.score(passage, contentLength), ours.score(passage, contentLength), 0f,
                    "passage " + run);
        }
    }
}
