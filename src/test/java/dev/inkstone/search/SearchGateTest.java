package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class SearchGateTest {

    private final List<String> entered = new CopyOnWriteArrayList<>();

    @Test
    void searchesBeyondThePermitsWaitAndEnterInTheirOrder() throws Exception {
        SearchGate gate = new SearchGate(1);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = start(gate, "first", inside, release);
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        Thread second = start(gate, "second", null, null);
        awaitParked(second);
        Thread third = start(gate, "third", null, null);
        awaitParked(third);
        assertEquals(List.of("first"), entered, "no search entered while the only permit was held");

        release.countDown();
        for (Thread thread : List.of(first, second, third)) {
            thread.join(10_000);
        }
        assertEquals(List.of("first", "second", "third"), entered);
    }

    @Test
    void asManySearchesAsPermitsRunAtOnce() throws Exception {
        SearchGate gate = new SearchGate(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch bothInside = new CountDownLatch(2);
        List<Thread> searches = Stream.of("one", "two").map(name -> start(gate, name, bothInside, release)).toList();
        assertTrue(bothInside.await(10, TimeUnit.SECONDS), "the second search waited although a permit was free");
        release.countDown();
        for (Thread search : searches) {
            search.join(10_000);
        }
        assertEquals(List.of("one", "two"), entered.stream().sorted().toList());
    }

    @Test
    // A permit kept by a failed search would leave the last call waiting for ever (uninterruptibly: own thread).
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFailedSearchGivesItsPermitBack() throws Exception {
        SearchGate gate = new SearchGate(1);
        assertThrows(IOException.class, () -> gate.through(searcher -> {
            throw new IOException("index file gone");
        }, null));
        assertThrows(IllegalStateException.class, () -> gate.through(searcher -> {
            throw new IllegalStateException("bug");
        }, null));
        assertEquals("answered", gate.through(searcher -> "answered", null));
    }

    /** A thread that passes the gate, notes that it entered, then holds its permit until {@code release}. */
    private Thread start(SearchGate gate, String name, CountDownLatch inside, CountDownLatch release) {
        Thread thread = new Thread(() -> {
            try {
                gate.through(searcher -> {
                    entered.add(name);
                    if (inside != null) {
                        inside.countDown();
                        await(release);
                    }
                    return name;
                }, null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, name);
        thread.start();
        return thread;
    }

    /** Spins (no sleep) until the thread waits for a permit. */
    private static void awaitParked(Thread thread) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (thread.getState() != Thread.State.WAITING) {
            assertTrue(Instant.now().isBefore(deadline), thread.getName() + " never waited for a permit");
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
