package dev.inkstone.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;

/** The response cache's bounds: it lives in the heap, so its default follows the heap's size. */
class ResponseCacheTest {

    private static final ContentClock.State STATE = new ContentClock.State(7, null);

    private static ResponseCache.Entry entry(int bytes) {
        return new ResponseCache.Entry(STATE, new byte[bytes], "\"e\"", "application/json", null, null);
    }

    @Test
    void theDefaultSizeIsAQuarterOfTheMaximumHeap() {
        assertEquals(Runtime.getRuntime().maxMemory() / 4, new ResponseCache(10, Optional.empty()).maxBytes());
    }

    @Test
    void pastItsByteBoundTheCacheStartsOver() {
        ResponseCache cache = new ResponseCache(100, Optional.of(new MemorySize(BigInteger.valueOf(1000))));
        cache.put("/a", entry(600));
        cache.put("/b", entry(300));
        assertNotNull(cache.get("/a", STATE));
        cache.put("/c", entry(200));
        assertNull(cache.get("/a", STATE), "900 + 200 bytes is over 1000: the old entries went");
        assertNotNull(cache.get("/c", STATE));
    }

    @Test
    void anEntryServesOnlyTheStateItWasComputedUnder() {
        ResponseCache cache = new ResponseCache(100, Optional.empty());
        cache.put("/a", entry(10));
        assertNull(cache.get("/a", new ContentClock.State(8, null)));
    }
}
