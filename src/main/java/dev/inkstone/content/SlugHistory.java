package dev.inkstone.content;

import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.time.Timestamps;

/**
 * The slugs posts, tags and categories had before a rename, so that links to them keep working (a read by an old
 * slug answers 301). Here rather than in each feature because every feature records the same thing and sync lists
 * it; the features call it inside their own transaction. An old slug names its resource, not the next slug, so
 * chains collapse and loops cannot form (V26__create_old_slug.sql).
 */
@ApplicationScoped
public class SlugHistory {

    /** Old slugs kept per resource, the newest: bounds what sync lists, and links older than that are rare. */
    public static final int KEEP = 20;

    private final OldSlugRepository oldSlugs;
    private final InstantSource clock;

    SlugHistory(OldSlugRepository oldSlugs, InstantSource clock) {
        this.oldSlugs = oldSlugs;
        this.clock = clock;
    }

    /**
     * Notes that a resource now has {@code newSlug}: an old slug of that name goes (the resource takes it over), and
     * when {@code keepOld} the slug it had, if any, now leads to it. A new resource passes a null id and old slug.
     */
    public void slugChanged(ChangeType type, Long id, String oldSlug, String newSlug, boolean keepOld) {
        oldSlugs.delete(type, newSlug);
        if (keepOld && id != null && oldSlug != null && !oldSlug.equals(newSlug)) {
            oldSlugs.delete(type, oldSlug);
            oldSlugs.insert(type, oldSlug, id, Timestamps.normalize(clock.instant()));
            oldSlugs.keepNewest(type, id, KEEP);
        }
    }

    /** The resource an old slug leads to; a string that cannot be a slug costs no query. */
    public Optional<Long> resourceOf(ChangeType type, String slug) {
        return Slugs.isValid(slug) ? oldSlugs.resourceOf(type, slug) : Optional.empty();
    }

    /** The old slugs of a batch of resources, oldest first, in one query (ix_old_slug_resource). */
    public Map<Long, List<String>> previousSlugs(ChangeType type, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : oldSlugs.byResource(type, ids);
    }

    /** A deleted resource's old slugs lead nowhere. */
    public void forget(ChangeType type, long id) {
        oldSlugs.deleteAll(type, id);
    }
}
