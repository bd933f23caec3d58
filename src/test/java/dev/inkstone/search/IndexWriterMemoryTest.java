package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** The index writer's buffer grows with the heap, so a rebuild fits the small heap README recommends. */
@DatabaseIndependent
class IndexWriterMemoryTest {

    private static final long MB = 1 << 20;

    @Test
    void aSixteenthOfTheHeapBetweenFourAndSixtyFourMegabytes() {
        assertEquals(6, IndexFiles.ramBufferMb(96 * MB), 0.001);
        assertEquals(32, IndexFiles.ramBufferMb(512 * MB), 0.001);
        assertEquals(4, IndexFiles.ramBufferMb(16 * MB), 0.001);
        assertEquals(64, IndexFiles.ramBufferMb(6 * 1024 * MB), 0.001);
    }
}
