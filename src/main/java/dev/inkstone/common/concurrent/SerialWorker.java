package dev.inkstone.common.concurrent;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import io.vertx.core.Vertx;

/**
 * A background lane: tasks run one at a time, in the order they were submitted, so whatever the lane owns (a Lucene
 * writer, the import job in progress) has a single writer without a thread of our own.
 *
 * <p>The tasks run on a SmallRye {@link ManagedExecutor} limited to one task at a time (a view of Quarkus' worker
 * pool), which carries no request or transaction context over: a task queued from a transaction's completion must
 * start its own. Polls wait a fixed delay after each run ends; the delay is a Vert.x timer rather than
 * quarkus-scheduler, whose trigger check runs once a second and so cannot keep the content clock's 100 ms default
 * (and a poll must queue on this lane, not run beside it, to keep the single writer).
 */
public final class SerialWorker {

    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1).maxQueued(-1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    private final Vertx vertx;
    private volatile long timer = -1;

    public SerialWorker(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Queues a task behind the ones already queued; refused once the worker stopped. */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /** Runs {@code poll} on this lane {@code interval} from now, and again {@code interval} after each run ends. */
    public void pollEvery(Duration interval, Runnable poll) {
        long delay = Math.max(1, interval.toMillis());
        timer = vertx.setTimer(delay, id -> {
            try {
                execute(() -> {
                    try {
                        poll.run();
                    } finally {
                        if (!stopped()) {
                            pollEvery(interval, poll);
                        }
                    }
                });
            } catch (RejectedExecutionException stopping) {
                // Stopped between the timer firing and the poll being queued.
            }
        });
    }

    public boolean stopped() {
        return executor.isShutdown();
    }

    /** Stops polling, lets the running task finish without an interrupt and waits for it up to {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        vertx.cancelTimer(timer);
        executor.shutdown();
        executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops polling, drops the queued tasks, interrupts the running one and waits for it up to {@code grace}. */
    public void stopNow(Duration grace) throws InterruptedException {
        vertx.cancelTimer(timer);
        executor.shutdownNow();
        executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }
}
