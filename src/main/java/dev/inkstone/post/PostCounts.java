package dev.inkstone.post;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;

/**
 * How many published posts carry given tags or categories, for the postCount of their views. One grouped query per
 * page, served by ix_post_tag_tag_id / ix_post_category_category_id and ix_post_visible_at.
 */
@ApplicationScoped
@Transactional
public class PostCounts {

    private final EntityManager em;

    PostCounts(EntityManager em) {
        this.em = em;
    }

    public Map<Long, Long> byTag(Collection<Long> tagIds) {
        return grouped("tagIds", tagIds);
    }

    public Map<Long, Long> byCategory(Collection<Long> categoryIds) {
        return grouped("categoryIds", categoryIds);
    }

    /** Whether any post, published or not, is filed in the category. */
    public boolean anyInCategory(long categoryId) {
        return !em.createQuery("select p.id from Post p join p.categoryIds c where c = :id", Long.class)
                .setParameter("id", categoryId).setMaxResults(1).getResultList().isEmpty();
    }

    private Map<Long, Long> grouped(String collection, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select e, count(p) from Post p join p." + collection + " e "
                + "where e in :ids and p.visibleAt <= :now group by e", Object[].class)
                .setParameter("ids", ids).setParameter("now", Timestamps.now()).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
