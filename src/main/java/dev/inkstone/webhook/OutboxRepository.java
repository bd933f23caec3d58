package dev.inkstone.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import dev.inkstone.content.ChangeType;

/** SQL over webhook_cursor and webhook_announced (V20__create_webhook.sql), which have no entities. */
@ApplicationScoped
class OutboxRepository {

    /** How far the outbox has read the log; type null means after every row of seq. */
    record Cursor(long seq, ChangeType type, long id, long epoch) {
    }

    /** What was last announced of a resource. */
    record Announced(ChangeType type, long id, String state, String slug, Instant visibleAt) {
    }

    private final EntityManager em;

    OutboxRepository(EntityManager em) {
        this.em = em;
    }

    /** Reads the cursor and locks it until commit: one instance at a time turns the log into deliveries. */
    Cursor lockCursor() {
        Object[] row = (Object[]) em.createNativeQuery("select seq, resource_type, resource_id, epoch "
                + "from webhook_cursor where id = 1 for update").getSingleResult();
        return new Cursor(((Number) row[0]).longValue(), ChangeType.fromWire((String) row[1]),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    void saveCursor(Cursor cursor) {
        nativeQuery("update webhook_cursor set seq = :seq, resource_type = :type, resource_id = :id, "
                + "epoch = :epoch where id = 1").setParameter("seq", cursor.seq())
                .setParameter("type", cursor.type() == null ? null : cursor.type().wireName(), StandardBasicTypes.STRING)
                .setParameter("id", cursor.id()).setParameter("epoch", cursor.epoch()).executeUpdate();
    }

    /** The announced state of resources of one type, by id: one range of pk_webhook_announced per batch. */
    Map<Long, Announced> announced(ChangeType type, Collection<Long> ids) {
        Map<Long, Announced> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<?> rows = em.createNativeQuery("select resource_id, state, slug, visible_at from webhook_announced "
                + "where resource_type = :type and resource_id in (:ids)").setParameter("type", type.wireName())
                .setParameter("ids", ids).getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            long id = ((Number) row[0]).longValue();
            found.put(id, new Announced(type, id, (String) row[1], (String) row[2], instant(row[3])));
        }
        return found;
    }

    /** Scheduled posts whose time has come by {@code now}, earliest first: one range of ix_webhook_announced_due. */
    /** A scheduled post or page, by type and id. */
    record Due(ChangeType type, long id) {
    }

    /** Scheduled posts and pages whose time has come, oldest first: one range of ix_webhook_announced_due. */
    List<Due> due(Instant now, int max) {
        List<?> rows = em.createNativeQuery("select resource_type, resource_id from webhook_announced "
                + "where state = 'scheduled' and visible_at <= :now order by visible_at")
                .setParameter("now", now).setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Due(ChangeType.fromWire((String) row[0]), ((Number) row[1]).longValue())).toList();
    }

    void save(Announced announced) {
        int updated = bind(nativeQuery("update webhook_announced set state = :state, slug = :slug, visible_at = :at "
                + "where resource_type = :type and resource_id = :id"), announced).executeUpdate();
        if (updated == 0) {
            bind(nativeQuery("insert into webhook_announced (resource_type, resource_id, state, slug, visible_at) "
                    + "values (:type, :id, :state, :slug, :at)"), announced).executeUpdate();
        }
    }

    void forget(ChangeType type, long id) {
        em.createNativeQuery("delete from webhook_announced where resource_type = :type and resource_id = :id")
                .setParameter("type", type.wireName()).setParameter("id", id).executeUpdate();
    }

    /** Nullable parameters bound with their types: PostgreSQL cannot tell the type of an untyped null. */
    private static NativeQuery<?> bind(NativeQuery<?> query, Announced announced) {
        return query.setParameter("state", announced.state())
                .setParameter("slug", announced.slug(), StandardBasicTypes.STRING)
                .setParameter("at", announced.visibleAt(), StandardBasicTypes.INSTANT)
                .setParameter("type", announced.type().wireName()).setParameter("id", announced.id());
    }

    private NativeQuery<?> nativeQuery(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
