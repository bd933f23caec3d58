package dev.inkstone.webhook;

import java.time.Instant;
import java.time.InstantSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import dev.inkstone.common.time.Timestamps;

/**
 * Deletes finished deliveries older than keepDeliveries, so the table holds recent history, not every change ever
 * sent. Pending deliveries are never touched, whatever their age: they are still owed to a receiver.
 */
@ApplicationScoped
class DeliveryRetention {

    /** Rows per transaction: short transactions that never hold many locks, whatever the backlog. */
    static final int BATCH = 1000;

    private final DeliveryRepository deliveries;
    private final InstantSource clock;
    private final WebhooksConfig config;

    DeliveryRetention(DeliveryRepository deliveries, InstantSource clock, WebhooksConfig config) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.config = config;
    }

    // Hourly is plenty for a retention counted in days; the first run waits an hour so a start stays light.
    @Scheduled(identity = "webhook-delivery-retention", every = "1h", delayed = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            prune();
        } catch (RuntimeException e) {
            // The database may be away; the next hour tries again, and nothing is lost by waiting.
            Log.warnf("Webhook delivery retention stopped early: %s", e.toString());
        }
    }

    /** Deletes every finished delivery whose last attempt ended before now − keepDeliveries; returns how many. */
    long prune() {
        Instant before = Timestamps.normalize(clock.instant()).minus(config.keepDeliveries());
        long deleted = 0;
        for (String status : new String[] { WebhookDelivery.DELIVERED, WebhookDelivery.FAILED }) {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> deliveries.deleteFinished(status, before, BATCH));
                deleted += batch;
            } while (batch == BATCH);
        }
        return deleted;
    }
}
