package dev.inkstone.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;

import dev.inkstone.common.concurrent.SerialWorker;
import dev.inkstone.content.ContentCommitted;

/**
 * Runs the outbox on one thread per instance: reads the log into deliveries, announces scheduled posts that came
 * due, then sends every due delivery. On every poll tick (all instances, for other instances' writes, due posts and
 * retries) and right after a commit on this instance. With no active webhook it does nothing but count them.
 */
@ApplicationScoped
class Dispatcher {

    private final Outbox outbox;
    private final Attempts attempts;
    private final HttpSender sender;
    private final WebhookRepository webhooks;
    /** One run at a time per instance: the outbox cursor and the claimed batch have a single owner here. */
    private final SerialWorker worker;
    /** Whether an active webhook existed at the last run; commits trigger a run only then. */
    private volatile boolean anyActive;

    Dispatcher(Outbox outbox, Attempts attempts, HttpSender sender, WebhookRepository webhooks, Vertx vertx) {
        this.worker = new SerialWorker(vertx);
        this.outbox = outbox;
        this.attempts = attempts;
        this.sender = sender;
        this.webhooks = webhooks;
    }

    @Scheduled(identity = "webhook-dispatch", every = "${inkstone.webhooks.poll-interval}",
            delayed = "${inkstone.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runSoon();
    }

    void committed(@Observes ContentCommitted event) {
        if (anyActive) {
            runSoon();
        }
    }

    /** Queues one run on the worker, unless one is queued already. */
    void runSoon() {
        try {
            worker.executeSoon(() -> {
                try {
                    run();
                } catch (RuntimeException e) {
                    // The database may be away; the next tick starts again from the stored cursor and due times.
                    Log.warnf("Webhook dispatch stopped early: %s", e.toString());
                }
            });
        } catch (RejectedExecutionException stopping) {
            // Shutting down: the next start sends what is left.
        }
    }

    /** One full pass; public to the package so tests and the benchmark can drive it. */
    void run() {
        anyActive = QuarkusTransaction.requiringNew().call(() -> webhooks.count("active", true)) > 0;
        if (!anyActive) {
            return;
        }
        while (outbox.announcePage()) {
            // Next page of the log.
        }
        while (outbox.announceDue()) {
            // Next page of due scheduled posts.
        }
        List<HttpSender.Outgoing> batch = attempts.claim();
        while (!batch.isEmpty()) {
            // Sent at once, recorded together with the next claim; an instance dying in between sends the batch again
            // (at least once).
            Map<Long, CompletableFuture<Outcome>> sends = new LinkedHashMap<>();
            batch.forEach(outgoing -> sends.put(outgoing.deliveryId(), sender.send(outgoing)));
            Map<Long, Outcome> outcomes = new LinkedHashMap<>();
            sends.forEach((id, send) -> outcomes.put(id, send.join()));
            batch = attempts.recordAndClaim(outcomes);
        }
    }

    /** Stops before the datasource and Hibernate go, so no run dies half way on a closed EntityManagerFactory. */
    void stop(@Observes ShutdownEvent event) {
        try {
            worker.stopNow(Duration.ofSeconds(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
