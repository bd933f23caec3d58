package dev.inkstone.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import dev.inkstone.content.ChangeLog;
import dev.inkstone.site.SiteChanged;

/**
 * Queues {@code site.changed} for the webhooks subscribed to it, in the settings write's own transaction: the
 * settings are not in the change log the outbox reads, so the delivery row is the outbox here, committed or rolled
 * back with the write.
 */
@ApplicationScoped
class SiteAnnouncer {

    /** The site is one resource; its id in a delivery is always 1. */
    static final long SITE_ID = 1;

    private final WebhookRepository webhooks;
    private final DeliveryQueue queue;
    private final ChangeLog log;

    SiteAnnouncer(WebhookRepository webhooks, DeliveryQueue queue, ChangeLog log) {
        this.webhooks = webhooks;
        this.queue = queue;
        this.log = log;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void siteChanged(@Observes SiteChanged event) {
        WebhookChange change = new WebhookChange(WebhookEvents.SITE_CHANGED, "site", SITE_ID, null,
                log.position().seq());
        for (Webhook webhook : webhooks.active()) {
            if (WebhookEvents.matches(webhook.events, change.event())) {
                queue.add(webhook, List.of(change));
            }
        }
    }
}
