package dev.inkstone.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;

/**
 * Writes deliveries, in the caller's transaction: a change joins the webhook's open delivery while its coalescing
 * window lasts, else starts a new one. Within one delivery a resource is listed once, with its latest change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class DeliveryQueue {

    /** Changes one delivery lists at most; more start another (a bounded row and body). */
    static final int MAX_CHANGES = 100;

    private final DeliveryRepository deliveries;
    private final ChangesJson json;
    private final InstantSource clock;
    private final Duration retryFor;

    DeliveryQueue(DeliveryRepository deliveries, ChangesJson json, InstantSource clock, WebhooksConfig config) {
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
        this.retryFor = config.retryFor();
    }

    /** Queues changes for a webhook: into its open coalescing delivery when there is one with room. */
    void add(Webhook webhook, List<WebhookChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = now();
        if (webhook.coalesceSeconds > 0) {
            WebhookDelivery open = deliveries.newestLocked(webhook.id);
            // Attempt 0 and a window not yet over: the dispatcher has not claimed it (it claims only due rows, and
            // the lock taken here keeps it from claiming it meanwhile).
            if (open != null && WebhookDelivery.PENDING.equals(open.status) && open.attempt == 0
                    && open.nextAttemptAt.isAfter(now)) {
                List<WebhookChange> merged = merge(json.read(open.changes), changes);
                if (merged.size() <= MAX_CHANGES) {
                    fill(open, merged);
                    return;
                }
            }
        }
        for (int from = 0; from < changes.size(); from += MAX_CHANGES) {
            List<WebhookChange> part = merge(List.of(), changes.subList(from,
                    Math.min(changes.size(), from + MAX_CHANGES)));
            insert(webhook.id, part, now.plusSeconds(webhook.coalesceSeconds));
        }
    }

    /** A delivery due at once, outside any coalescing (ping, redeliver). */
    WebhookDelivery addNow(long webhookId, List<WebhookChange> changes) {
        return insert(webhookId, changes, now());
    }

    private WebhookDelivery insert(long webhookId, List<WebhookChange> changes, Instant due) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhookId = webhookId;
        delivery.createdAt = now();
        delivery.status = WebhookDelivery.PENDING;
        delivery.attempt = 0;
        delivery.nextAttemptAt = due;
        delivery.giveUpAt = due.plus(retryFor);
        fill(delivery, changes);
        deliveries.persist(delivery);
        return delivery;
    }

    private void fill(WebhookDelivery delivery, List<WebhookChange> changes) {
        Set<String> events = new LinkedHashSet<>();
        long position = 0;
        for (WebhookChange change : changes) {
            events.add(change.event());
            position = Math.max(position, change.position());
        }
        delivery.events = WebhookEvents.join(events);
        delivery.changes = json.write(changes);
        delivery.changeCount = changes.size();
        delivery.position = position;
    }

    /**
     * Lists each resource once, in first-seen order, with its latest change; an update after a publication or
     * creation in the same delivery keeps the first event's name, which says more to the receiver.
     */
    static List<WebhookChange> merge(List<WebhookChange> earlier, List<WebhookChange> later) {
        Map<String, WebhookChange> byResource = new LinkedHashMap<>();
        for (WebhookChange change : earlier) {
            byResource.put(change.type() + "/" + change.id(), change);
        }
        for (WebhookChange change : later) {
            byResource.merge(change.type() + "/" + change.id(), change, (old, neu) ->
                    neu.event().endsWith(".updated") && !old.event().endsWith(".updated")
                            ? new WebhookChange(old.event(), neu.type(), neu.id(), neu.slug(), neu.position())
                            : neu);
        }
        return new ArrayList<>(byResource.values());
    }

    private Instant now() {
        return Timestamps.normalize(clock.instant());
    }
}
