package dev.inkstone.post;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.PostCounts;
import dev.inkstone.post.PostRepository.Terms;

/**
 * How many published posts carry each tag or category, for the postCount of their views. The counts of all tags
 * (or categories) come from one grouped query, kept in {@link CountCache} until the content changes or a scheduled
 * post comes due, so a page of tags costs no counting at all in between.
 */
@ApplicationScoped
@Transactional
public class PublishedPostCounts implements PostCounts {

    private final PostRepository posts;
    private final CountCache cache;
    private final ChangeLog changes;
    private final InstantSource clock;

    PublishedPostCounts(PostRepository posts, CountCache cache, ChangeLog changes, InstantSource clock) {
        this.clock = clock;
        this.posts = posts;
        this.cache = cache;
        this.changes = changes;
    }

    @Override
    public Map<Long, Long> byTag(Collection<Long> tagIds) {
        return grouped(Terms.TAGS, tagIds);
    }

    @Override
    public Map<Long, Long> byCategory(Collection<Long> categoryIds) {
        return grouped(Terms.CATEGORIES, categoryIds);
    }

    /** The cached map byTag reads from. */
    @Override
    public Map<Long, Long> allByTag() {
        return all(Terms.TAGS);
    }

    @Override
    public Map<Long, Long> allByCategory() {
        return all(Terms.CATEGORIES);
    }

    @Override
    public Map<Long, Long> byAuthor(Collection<Long> authorIds) {
        return grouped(Terms.AUTHORS, authorIds);
    }

    @Override
    public Map<Long, Long> allByAuthor() {
        return all(Terms.AUTHORS);
    }

    @Override
    public boolean anyInCategory(long categoryId) {
        return posts.anyInCategory(categoryId);
    }

    private Map<Long, Long> grouped(Terms terms, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> all = all(terms);
        Map<Long, Long> counts = new HashMap<>();
        for (Long id : ids) {
            counts.put(id, all.getOrDefault(id, 0L));
        }
        return counts;
    }

    private Map<Long, Long> all(Terms terms) {
        long version = changes.contentVersion();
        Instant now = Timestamps.normalize(clock.instant());
        return cache.get("postCount:" + terms.collection, version, now, () -> posts.visibleCountsByTerm(terms, now),
                () -> posts.nextVisibleAfter(now));
    }
}
