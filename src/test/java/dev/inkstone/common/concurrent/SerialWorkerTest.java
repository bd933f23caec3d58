package dev.inkstone.common.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** The lane's coalescing: a burst of requests is one run, and a request made during a run gets a run of its own. */
@DatabaseIndependent
class SerialWorkerTest {

    // No timers in these tests, so no Vert.x.
    private final SerialWorker lane = new SerialWorker(null);

    @AfterEach
    void stop() throws InterruptedException {
        lane.stop(Duration.ofSeconds(5));
    }

    @Test
    void requestsMadeBeforeTheRunStartsShareOneRun() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        lane.execute(() -> awaitQuietly(release));
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            lane.executeSoon(runs::incrementAndGet);
        }
        release.countDown();
        drain();
        assertEquals(1, runs.get());
    }

    @Test
    void aRequestMadeWhileTheRunRunsQueuesAnother() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        lane.executeSoon(() -> {
            runs.incrementAndGet();
            started.countDown();
            awaitQuietly(release);
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        // The first run has started, so it may have read its state before this request: a second run follows.
        lane.executeSoon(runs::incrementAndGet);
        lane.executeSoon(runs::incrementAndGet);
        release.countDown();
        drain();
        assertEquals(2, runs.get());
    }

    /** Waits until every task queued so far has run: the lane runs them in order. */
    private void drain() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        lane.execute(done::countDown);
        assertTrue(done.await(5, TimeUnit.SECONDS), "the lane ran its queue");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
