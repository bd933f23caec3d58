package dev.inkstone.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;

import dev.inkstone.common.DatabaseIndependent;

/** The response cache's bounds: it lives in the heap, so its default follows the heap's size. */
@DatabaseIndependent
class ResponseCacheTest {

    private static final ContentClock.State STATE = new ContentClock.State(7, null);

    private static ResponseCache.Entry entry(int bytes) {
        return new ResponseCache.Entry(STATE, new byte[bytes], "\"e\"", "application/json", null, null, null);
    }

    @Test
    void theDefaultSizeIsAQuarterOfTheMaximumHeap() {
        assertEquals(Runtime.getRuntime().maxMemory() / 4, new ResponseCache(10, Optional.empty()).maxBytes());
    }

    @Test
    void pastItsByteBoundTheCacheEvictsSomeAnswersAndKeepsTheRest() {
        ResponseCache cache = new ResponseCache(100, Optional.of(new MemorySize(BigInteger.valueOf(10_000))));
        for (int i = 0; i < 50; i++) {
            cache.put("/p" + i, entry(600));
        }
        assertTrue(cache.weight() <= 10_000, "held " + cache.weight());
        long kept = IntStream.range(0, 50).filter(i -> cache.get("/p" + i, STATE) != null).count();
        assertTrue(kept >= 10 && kept <= 16, "kept " + kept + " of 50 answers of 600 bytes under 10,000");
    }

    @Test
    void pastItsEntryBoundTheCacheEvictsSomeAnswers() {
        ResponseCache cache = new ResponseCache(10, Optional.of(new MemorySize(BigInteger.valueOf(1_000_000))));
        for (int i = 0; i < 30; i++) {
            cache.put("/q" + i, entry(1));
        }
        cache.weight();
        long kept = IntStream.range(0, 30).filter(i -> cache.get("/q" + i, STATE) != null).count();
        assertTrue(kept >= 1 && kept <= 10, "kept " + kept + " answers with room for 10");
    }

    @Test
    void anEntryServesOnlyTheStateItWasComputedUnder() {
        ResponseCache cache = new ResponseCache(100, Optional.empty());
        cache.put("/a", entry(10));
        assertNull(cache.get("/a", new ContentClock.State(8, null)));
    }
}
