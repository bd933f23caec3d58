package dev.inkstone.post;

import java.time.InstantSource;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;

/** The current slugs of posts other features link to by id (site navigation): one query for a batch. */
@ApplicationScoped
@Transactional
public class PostReferences {

    private final PostRepository posts;
    private final InstantSource clock;

    PostReferences(PostRepository posts, InstantSource clock) {
        this.posts = posts;
        this.clock = clock;
    }

    /**
     * Slugs by id of those posts that exist and that the caller may see now: without {@code mayReadDrafts} only
     * posts visible to anonymous readers. By the primary key; unknown or hidden ids are absent.
     */
    public Map<Long, String> slugs(Collection<Long> ids, boolean mayReadDrafts) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var query = posts.getEntityManager().createQuery("select p.id, p.slug from Post p where p.id in :ids"
                + (mayReadDrafts ? "" : " and p.visibleAt <= :now"), Object[].class).setParameter("ids", ids);
        if (!mayReadDrafts) {
            query.setParameter("now", Timestamps.normalize(clock.instant()));
        }
        return query.getResultList().stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
