package dev.inkstone.search;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read-your-writes: which change the index reflects, which is the newest committed on this instance, and searches
 * waiting, a bounded time, for the first to reach the second.
 */
final class WriteWaits {

    /** The change number the index reflects; written by the indexer lane only. */
    private volatile long applied = -1;
    /** The newest change number committed on this instance. */
    private final AtomicLong committedHere = new AtomicLong(-1);
    /** The newest change a search asked to see; the indexer then publishes what it holds at once. */
    private final AtomicLong wanted = new AtomicLong(-1);
    /** Notified whenever a new watermark is visible to searchers. */
    private final Object progress = new Object();

    void committedHere(long seq) {
        committedHere.accumulateAndGet(seq, Math::max);
    }

    /** The change a search must see: the newest committed here. */
    long target() {
        return committedHere.get();
    }

    /** A search waits for change {@code seq}: call before queueing the follow that is to bring it. */
    void want(long seq) {
        wanted.accumulateAndGet(seq, Math::max);
    }

    /** Whether a search asked for a change searchers cannot see yet. */
    boolean wanted() {
        return wanted.get() > applied;
    }

    long applied() {
        return applied;
    }

    void applied(long seq) {
        applied = seq;
    }

    /** Waits until the index reflects {@code target}, at most {@code max}; an interrupt ends the wait. */
    void await(long target, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (progress) {
            long left;
            while (applied < target && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** After a commit is visible to searchers, wakes the searches waiting for it. */
    void announce() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }
}
