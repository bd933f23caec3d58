package dev.inkstone.cache;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;


import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

import dev.inkstone.common.concurrent.SerialWorker;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ContentCommitted;
import dev.inkstone.content.Schedule;

/**
 * What cached answers depend on: the content version (the change counter every content write bumps) and the
 * horizon (when the next scheduled post becomes visible, which changes answers without any write). Polled from the
 * database every {@code inkstone.cache.poll-interval}, so a write on another instance reaches this one's cache
 * within that interval; a write committed here is seen at once.
 */
@ApplicationScoped
public class ContentClock {

    /** A consistent pair: answers computed under one state are valid only while the state is unchanged. */
    public record State(long version, Instant horizon) {

        /**
         * Whether answers computed under this state still hold at {@code now}: the version is known (not just after a
         * write, before the re-read) and no scheduled item has come due since.
         */
        public boolean current(Instant now) {
            return version >= 0 && now.isBefore(horizon);
        }
    }

    private final ChangeLog changes;
    /** Every feature with scheduled content (posts, pages): the horizon is the earliest of theirs. */
    private final Instance<Schedule> schedules;
    private final Duration interval;
    private static final State UNKNOWN = new State(-1, Instant.MIN);

    private volatile State state = UNKNOWN;
    /** The newest version committed here; a poll that read an older one raced that commit and is dropped. */
    private final AtomicLong committedAtLeast = new AtomicLong(-1);
    /** Polls and re-reads one at a time; a sub-second default interval is why this is not quarkus-scheduler. */
    private final SerialWorker poller;
    private volatile boolean started;
    private final InstantSource clock;

    ContentClock(ChangeLog changes, @Any Instance<Schedule> schedules, CacheConfig config, InstantSource clock, Vertx vertx) {
        this.poller = new SerialWorker(vertx);
        this.changes = changes;
        this.schedules = schedules;
        this.interval = config.pollInterval();
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        refresh();
        started = true;
        poller.pollEvery(interval, this::refreshQuietly);
    }

    /**
     * Stops polling before the datasource closes: ShutdownEvent comes first, while @PreDestroy would run after the
     * pool is gone, and a poll in flight then logged transaction errors on every stop.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (started) {
            poller.stopNow(Duration.ofSeconds(2));
        }
    }

    /** The state answers are cached under now; {@code version} -1 means not known yet, so nothing is cached. */
    public State state() {
        return state;
    }

    /**
     * A write committed here: stop serving cached answers at once and re-read the state on the poller lane (this
     * runs inside the committing transaction's completion, where no new transaction may start). One re-read serves
     * every commit made before it starts: under many writers a re-read per commit cost a transaction and a query per
     * schedule each time.
     */
    void committed(@Observes ContentCommitted event) {
        committedAtLeast.accumulateAndGet(event.seq(), Math::max);
        state = UNKNOWN;
        if (started) {
            try {
                poller.executeSoon(this::refreshQuietly);
            } catch (RejectedExecutionException stopping) {
                // Shutting down: nothing will read the state again.
            }
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database is away: stop serving cached answers rather than serve ones that may be stale.
            state = UNKNOWN;
            Log.debugf("Content clock could not poll: %s", e.toString());
        }
    }

    private synchronized void refresh() {
        Instant now = Timestamps.normalize(clock.instant());
        State next = QuarkusTransaction.requiringNew().call(() -> {
            long version = changes.contentVersion();
            Instant horizon = null;
            for (Schedule schedule : schedules) {
                Instant due = schedule.nextVisibilityAfter(now);
                horizon = horizon == null || due != null && due.isBefore(horizon) ? due : horizon;
            }
            return new State(version, horizon == null ? Instant.MAX : horizon);
        });
        if (next.version() >= committedAtLeast.get()) {
            state = next;
        }
    }
}
