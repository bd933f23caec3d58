package dev.inkstone.webhook;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;

@ApplicationScoped
class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, Long> {

    /** A page of one webhook's deliveries, newest first, by offset or keyset: one range of ix_webhook_delivery_webhook. */
    List<WebhookDelivery> page(long webhookId, Sort<WebhookDelivery> sort, PageRequest request) {
        boolean keyset = request.keyset();
        var query = getEntityManager().createQuery("select e from WebhookDelivery e where e.webhookId = :w"
                + (keyset ? " and " + sort.after() : "") + " order by " + sort.orderBy(), WebhookDelivery.class)
                .setParameter("w", webhookId).setMaxResults(request.perPage() + 1);
        if (keyset) {
            query.setParameter("kid", request.cursor().valueFor(sort));
        } else {
            query.setFirstResult(request.offset());
        }
        return query.getResultList();
    }

    long countFor(long webhookId) {
        return count("webhookId", webhookId);
    }

    /** A webhook's newest delivery, locked, which a change may join while its coalescing window is open. */
    WebhookDelivery newestLocked(long webhookId) {
        List<WebhookDelivery> newest = find("webhookId = ?1 order by id desc", webhookId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).range(0, 0).list();
        return newest.isEmpty() ? null : newest.get(0);
    }

    /**
     * Locks up to {@code max} due pending deliveries of active webhooks, skipping those another instance holds (it
     * is claiming them right now): one range of ix_webhook_delivery_due. SKIP LOCKED runs on PostgreSQL and H2 2.x.
     */
    List<WebhookDelivery> claimDue(Instant now, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("select d.id from webhook_delivery d "
                + "where d.status = 'pending' and d.next_attempt_at <= :now "
                + "and d.webhook_id in (select w.id from webhook w where w.active = true) "
                + "order by d.next_attempt_at, d.id limit :max for update skip locked")
                .setParameter("now", now).setParameter("max", max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 order by nextAttemptAt, id", ids.stream().map(Number::longValue).toList());
    }

    /**
     * Deletes up to {@code max} deliveries in the given finished status whose last attempt ended before
     * {@code before}: one range of ix_webhook_delivery_due, since a finished delivery keeps the next_attempt_at of
     * its last claim (that claim's time plus the lease).
     */
    int deleteFinished(String status, Instant before, int max) {
        return getEntityManager().createNativeQuery("delete from webhook_delivery where id in (select d.id from "
                + "webhook_delivery d where d.status = :status and d.next_attempt_at < :before "
                + "order by d.next_attempt_at, d.id limit :max)")
                .setParameter("status", status).setParameter("before", before).setParameter("max", max)
                .executeUpdate();
    }
}
