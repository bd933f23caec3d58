package dev.inkstone.content;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

/**
 * SQL over old_slug (V26__create_old_slug.sql): a small table of rows without an entity. No entity maps the table,
 * so no pending entity change can affect these statements: each runs without flushing the session first (a native
 * query otherwise flushes everything, which took every post, tag and category write of a batch to the database on
 * its own and broke the batch's JDBC batching).
 */
@ApplicationScoped
class OldSlugRepository {

    private final EntityManager em;

    OldSlugRepository(EntityManager em) {
        this.em = em;
    }

    private Query query(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    /** By pk_old_slug. */
    Optional<Long> resourceOf(ChangeType type, String slug) {
        List<?> rows = query("select resource_id from old_slug where resource_type = :type "
                + "and slug = :slug").setParameter("type", type.wireName()).setParameter("slug", slug)
                .getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** By ix_old_slug_resource, oldest rename first. */
    Map<Long, List<String>> byResource(ChangeType type, Collection<Long> ids) {
        Map<Long, List<String>> slugs = new LinkedHashMap<>();
        for (Object result : query("select resource_id, slug from old_slug where resource_type = :type "
                + "and resource_id in (:ids) order by renamed_at, slug").setParameter("type", type.wireName())
                .setParameter("ids", ids).getResultList()) {
            Object[] row = (Object[]) result;
            slugs.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
        }
        return slugs;
    }

    void insert(ChangeType type, String slug, long id, Instant at) {
        query("insert into old_slug (resource_type, slug, resource_id, renamed_at) "
                + "values (:type, :slug, :id, :at)").setParameter("type", type.wireName()).setParameter("slug", slug)
                .setParameter("id", id).setParameter("at", at.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** Deletes all but the {@code keep} newest old slugs of a resource; by ix_old_slug_resource. */
    void keepNewest(ChangeType type, long id, int keep) {
        query("delete from old_slug where resource_type = :type and resource_id = :id and slug not in "
                + "(select slug from old_slug where resource_type = :type and resource_id = :id "
                + "order by renamed_at desc, slug limit :keep)").setParameter("type", type.wireName())
                .setParameter("id", id).setParameter("keep", keep).executeUpdate();
    }

    /** By pk_old_slug. */
    void delete(ChangeType type, String slug) {
        query("delete from old_slug where resource_type = :type and slug = :slug")
                .setParameter("type", type.wireName()).setParameter("slug", slug).executeUpdate();
    }

    /** By ix_old_slug_resource. */
    void deleteAll(ChangeType type, long id) {
        query("delete from old_slug where resource_type = :type and resource_id = :id")
                .setParameter("type", type.wireName()).setParameter("id", id).executeUpdate();
    }
}
