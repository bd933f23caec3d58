package dev.inkstone.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class WebhookRepository implements PanacheRepositoryBase<Webhook, Long> {

    /** All webhooks, oldest first: at most WebhookService.MAX_WEBHOOKS, on pk_webhook. */
    List<Webhook> all() {
        return find("order by id").range(0, WebhookService.MAX_WEBHOOKS - 1).list();
    }

    /** The active ones, which the outbox reads once per page of the log (a full scan of a table of at most 100). */
    List<Webhook> active() {
        return find("active = true order by id").list();
    }
}
