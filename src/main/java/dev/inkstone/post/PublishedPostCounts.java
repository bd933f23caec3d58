package dev.inkstone.post;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.PostCounts;

/**
 * How many published posts carry each tag or category, for the postCount of their views. The counts of all tags
 * (or categories) come from one grouped query, kept in {@link CountCache} until the content changes or a scheduled
 * post comes due, so a page of tags costs no counting at all in between.
 */
@ApplicationScoped
@Transactional
public class PublishedPostCounts implements PostCounts {

    private final EntityManager em;
    private final PostRepository posts;
    private final CountCache cache;
    private final ChangeLog changes;
    private final InstantSource clock;

    PublishedPostCounts(EntityManager em, PostRepository posts, CountCache cache, ChangeLog changes,
            InstantSource clock) {
        this.clock = clock;
        this.em = em;
        this.posts = posts;
        this.cache = cache;
        this.changes = changes;
    }

    @Override
    public Map<Long, Long> byTag(Collection<Long> tagIds) {
        return grouped("tagIds", tagIds);
    }

    @Override
    public Map<Long, Long> byCategory(Collection<Long> categoryIds) {
        return grouped("categoryIds", categoryIds);
    }

    /** The cached map byTag reads from. */
    @Override
    public Map<Long, Long> allByTag() {
        return all("tagIds");
    }

    @Override
    public Map<Long, Long> allByCategory() {
        return all("categoryIds");
    }

    @Override
    public boolean anyInCategory(long categoryId) {
        return !em.createQuery("select p.id from Post p join p.categoryIds c where c = :id", Long.class)
                .setParameter("id", categoryId).setMaxResults(1).getResultList().isEmpty();
    }

    private Map<Long, Long> grouped(String collection, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> all = all(collection);
        Map<Long, Long> counts = new HashMap<>();
        for (Long id : ids) {
            counts.put(id, all.getOrDefault(id, 0L));
        }
        return counts;
    }

    private Map<Long, Long> all(String collection) {
        long version = changes.contentVersion();
        Instant now = Timestamps.normalize(clock.instant());
        return cache.get("postCount:" + collection, version, now, () -> countAll(collection, now),
                () -> posts.nextVisibleAfter(now));
    }

    private Map<Long, Long> countAll(String collection, Instant now) {
        Map<Long, Long> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery("select e, count(p) from Post p join p." + collection + " e "
                + "where p.visibleAt <= :now group by e", Object[].class)
                .setParameter("now", now).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return Map.copyOf(counts);
    }
}
