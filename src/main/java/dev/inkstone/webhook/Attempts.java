package dev.inkstone.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;

/**
 * The database side of sending: claiming due deliveries and recording how an attempt went, each its own short
 * transaction, so no transaction stays open over an HTTP request.
 */
@ApplicationScoped
@Transactional
class Attempts {

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final ChangesJson json;
    private final InstantSource clock;
    private final WebhooksConfig config;

    Attempts(DeliveryRepository deliveries, WebhookRepository webhooks, ChangesJson json, InstantSource clock,
            WebhooksConfig config) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Claims up to batchSize due deliveries: each counts an attempt and is reserved for the claim lease, then
     * committed, so another instance skips it (SKIP LOCKED while this transaction runs, the lease after). An
     * instance that dies before recording the outcome leaves it due again when the lease ends: at least once.
     */
    List<HttpSender.Outgoing> claim() {
        Instant now = now();
        List<WebhookDelivery> due = deliveries.claimDue(now, config.batchSize());
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, Webhook> targets = webhooks.list("id in ?1", due.stream().map(d -> d.webhookId).distinct().toList())
                .stream().collect(Collectors.toMap(w -> w.id, Function.identity()));
        return due.stream().map(delivery -> {
            Webhook webhook = targets.get(delivery.webhookId);
            delivery.attempt++;
            delivery.lastAttemptAt = now;
            delivery.nextAttemptAt = now.plus(config.claimLease());
            return new HttpSender.Outgoing(delivery.id, webhook.url, webhook.secret, json.body(delivery));
        }).toList();
    }

    /**
     * Records the outcomes of one batch and claims the next in the same transaction: one commit per batch rather than
     * two (on the embedded database each commit waits for its file write, and the claim's lock is held only until
     * that commit). Returns the next batch, empty when nothing more is due.
     */
    List<HttpSender.Outgoing> recordAndClaim(Map<Long, Outcome> outcomes) {
        record(outcomes);
        return claim();
    }

    /**
     * Records the attempts of one batch: the deliveries are loaded in one query, and each webhook's state is changed
     * once for the batch, not once per delivery. Each delivery is delivered, or due again after a backoff, or failed
     * once retrying has lasted retryFor. A webhook that delivered anything in the batch is not failing; one whose
     * deliveries all failed for deactivateAfter is switched off, saying why. The webhook row is changed only by
     * conditional updates that leave its version alone, so an admin's concurrent PATCH never conflicts.
     */
    void record(Map<Long, Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = now();
        Map<Long, String> failedWebhooks = new LinkedHashMap<>();
        Set<Long> deliveringWebhooks = new HashSet<>();
        for (WebhookDelivery delivery : deliveries.list("id in ?1", List.copyOf(outcomes.keySet()))) {
            Outcome outcome = outcomes.get(delivery.id);
            apply(delivery, outcome, now);
            if (outcome.succeeded()) {
                deliveringWebhooks.add(delivery.webhookId);
            } else {
                failedWebhooks.put(delivery.webhookId, outcome.error());
            }
        }
        for (long webhookId : deliveringWebhooks) {
            webhooks.update("failingSince = null where id = ?1 and failingSince is not null", webhookId);
        }
        failedWebhooks.keySet().removeAll(deliveringWebhooks);
        failedWebhooks.forEach((webhookId, error) -> markFailing(webhookId, error, now));
    }

    private void apply(WebhookDelivery delivery, Outcome outcome, Instant now) {
        delivery.statusCode = outcome.statusCode();
        delivery.durationMs = outcome.durationMs();
        delivery.error = outcome.error();
        delivery.responseBody = outcome.responseBody();
        if (outcome.succeeded()) {
            delivery.status = WebhookDelivery.DELIVERED;
        } else if (!now.isBefore(delivery.giveUpAt)) {
            delivery.status = WebhookDelivery.FAILED;
        } else {
            Instant next = now.plus(backoff(delivery.attempt));
            delivery.nextAttemptAt = next.isAfter(delivery.giveUpAt) ? delivery.giveUpAt : next;
        }
    }

    private void markFailing(long webhookId, String error, Instant now) {
        webhooks.update("failingSince = ?1 where id = ?2 and failingSince is null", now, webhookId);
        Instant since = now.minus(config.deactivateAfter());
        String reason = "Deactivated " + now + ": every delivery failed for " + config.deactivateAfter().toHours()
                + " h; last error: " + error;
        webhooks.update("active = false, deactivatedReason = ?1 where id = ?2 and active = true "
                + "and failingSince <= ?3", reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                webhookId, since);
    }

    /** The wait after the given attempt failed: firstRetry doubled per attempt, capped, ±20 % jitter. */
    Duration backoff(int attempt) {
        long first = config.firstRetry().toMillis();
        long capped = Math.min(config.maxRetryInterval().toMillis(),
                first << Math.min(Math.max(attempt - 1, 0), 20));
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }

    private Instant now() {
        return Timestamps.normalize(clock.instant());
    }
}
