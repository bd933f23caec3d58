package dev.inkstone.post;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;

/** What delta sync reads of posts: full views of a batch, and the posts the clock rather than a write made public. */
@ApplicationScoped
@Transactional
public class PostSync {

    private final PostRepository posts;
    private final PostService service;
    private final InstantSource clock;

    PostSync(PostRepository posts, PostService service, InstantSource clock) {
        this.clock = clock;
        this.posts = posts;
        this.service = service;
    }

    /** A post whose publication time came after its last write, with that time (the key the window is paged by). */
    public record Due(long id, Instant visibleAt) {
    }

    /**
     * Full views (markdown and html) of those of the posts that exist and that the caller may see now, by id, with a
     * fixed number of queries per batch.
     */
    public Map<Long, PostView> views(Collection<Long> ids, boolean mayReadDrafts) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Instant now = Timestamps.normalize(clock.instant());
        List<Post> visible = posts.byIds(ids).stream().filter(p -> mayReadDrafts || p.visibleAt(now))
                .toList();
        return service.views(visible, true, now).stream().collect(Collectors.toMap(PostView::id, Function.identity()));
    }

    /**
     * Up to {@code max} posts whose visibleAt lies after (afterAt, afterId) in (visibleAt, id) order and at or before
     * {@code until}, and after their last write (updatedAt): the ones no write announced when they became visible.
     * A post visible when written was visible whenever its change was read.
     */
    public List<Due> due(Instant afterAt, long afterId, Instant until, int max) {
        return posts.dueAfter(afterAt, afterId, until, max);
    }

    /** A post's slug and when it is or becomes visible to anonymous readers (null: a draft), for webhooks. */
    public record Visibility(long id, String slug, Instant visibleAt) {
    }

    /** The visibility of those of the posts that exist, by id: one query on pk_post, no content loaded. */
    public Map<Long, Visibility> visibility(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return posts.getEntityManager().createQuery("select p.id, p.slug, p.visibleAt from Post p where p.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList().stream()
                .map(row -> new Visibility((Long) row[0], (String) row[1], (Instant) row[2]))
                .collect(Collectors.toMap(Visibility::id, Function.identity()));
    }

    /** Up to {@code max} post ids after {@code afterId} in id order, drafts included: one range of pk_post. */
    public List<Long> idsAfter(long afterId, int max) {
        return posts.idsAfter(afterId, max);
    }
}
