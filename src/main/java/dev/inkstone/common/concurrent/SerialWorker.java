package dev.inkstone.common.concurrent;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
    /** Set while the task {@link #executeSoon} queued waits to start. */
    private final AtomicBoolean soonQueued = new AtomicBoolean();

    public SerialWorker(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Queues a task behind the ones already queued; refused once the worker stopped. */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /**
     * Queues {@code task} unless a task this method queued has not started yet: a burst of requests (one per commit)
     * costs one run, which starts after all of them and so sees what each asked for. Meant for one kind of task per
     * lane, a "catch up" whose later run covers an earlier one. Refused once the worker stopped.
     */
    public void executeSoon(Runnable task) {
        if (!soonQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            execute(() -> {
                // Cleared before the run: a request made while it runs may come too late for it and queues the next.
                soonQueued.set(false);
                task.run();
            });
        } catch (RejectedExecutionException stopping) {
            soonQueued.set(false);
            throw stopping;
        }
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
        cancelPolls();
        executor.shutdown();
        executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops polling, drops the queued tasks, interrupts the running one and waits for it up to {@code grace}. */
    public void stopNow(Duration grace) throws InterruptedException {
        cancelPolls();
        executor.shutdownNow();
        executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelPolls() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }
}
