package dev.inkstone.term;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.SlugMoved;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.SlugHistory;

/**
 * What tags and categories do alike with their slugs: choose one on a write, find a term by the slug it has or had,
 * keep an old slug leading to its term, and let a deleted term's slugs go. What a reader may see and what a write
 * touches differ between the two, so that stays in their services. {@code kind} is "tag" or "category": it names
 * the term in messages and prefixes slugs made from names that give none.
 */
@ApplicationScoped
public class TermSlugs {

    private final SlugHistory history;
    private final ChangeLog changes;

    TermSlugs(SlugHistory history, ChangeLog changes) {
        this.history = history;
        this.changes = changes;
    }

    /** The slug a write stores: the one asked for, else one made from the name; a 409 on "slug" if another has it. */
    public static String chosen(String requested, String name, String kind, Predicate<String> takenByOther) {
        String slug = requested == null ? Slugs.slugifyOrFallback(name, kind) : requested;
        Slugs.requireValid(slug, kind);
        if (takenByOther.test(slug)) {
            throw ApiException.conflict("duplicate-slug", "Another " + kind + " already has the slug '" + slug + "'",
                    "slug");
        }
        return slug;
    }

    /** The 404 of a read by slug: for no such term, and for one the caller may not see, so the two look alike. */
    public static ApiException noSuchSlug(String kind) {
        return ApiException.notFound("No " + kind + " with this slug");
    }

    /**
     * The term with this slug, else the one that had it before (check it with {@link #requireCurrent} once the
     * caller is known to see it); a 404 when neither.
     */
    public <T> T find(ChangeType type, String kind, String slug, Function<String, Optional<T>> bySlug,
            Function<Long, T> byId) {
        return bySlug.apply(slug).or(() -> history.resourceOf(type, slug).map(byId))
                .orElseThrow(() -> noSuchSlug(kind));
    }

    /** A read by an old slug answers 301 to the current one. */
    public static void requireCurrent(String currentSlug, String asked) {
        if (!currentSlug.equals(asked)) {
            throw new SlugMoved(currentSlug);
        }
    }

    /** Before a term's slug changes: the old one now leads to it (a new term passes null id and old slug). */
    public void slugChanging(ChangeType type, Long id, String oldSlug, String newSlug) {
        if (!newSlug.equals(oldSlug)) {
            history.slugChanged(type, id, oldSlug, newSlug, true);
        }
    }

    /** After a term's delete: sync hears of it, and its old slugs lead nowhere. */
    public void deleted(ChangeType type, long id) {
        changes.recordDeletion(type, id);
        history.forget(type, id);
    }
}
