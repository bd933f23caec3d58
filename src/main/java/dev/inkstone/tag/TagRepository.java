package dev.inkstone.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.sql.InList;
import dev.inkstone.common.text.Slugs;

/** Tag queries; slug lookups use uq_tag_slug. */
@ApplicationScoped
class TagRepository implements PanacheRepositoryBase<Tag, Long> {

    /**
     * A JPQL condition on a tag (alias {@code e}, parameter {@code :now}): some post carrying it is visible at now.
     * What anonymous readers may see of a tag; served by ix_post_tag_tag_id and the post's primary key.
     */
    private static final String TAG_HAS_VISIBLE_POST =
            "exists (select p.id from Post p join p.tagIds pt where pt = e.id and p.visibleAt <= :now)";

    /** By uq_tag_slug; a string that cannot be a slug matches nothing and costs no query. */
    Optional<Tag> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    List<Tag> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : byList("slug", slugs);
    }

    List<Tag> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : byList("id", ids);
    }

    /** Sorted by name (ix_tag_name) or id (the primary key), by offset or keyset. */
    List<Tag> page(Sort<Tag> sort, PageRequest request) {
        return new ListQuery<>(Tag.class).fetch(getEntityManager(), sort, request);
    }

    /** Like {@link #page} but only tags some visible post carries (ix_post_tag_tag_id per candidate tag). */
    List<Tag> publicPage(Sort<Tag> sort, PageRequest request, java.time.Instant now) {
        return visible(now).fetch(getEntityManager(), sort, request);
    }

    /**
     * What a sitemap lists: the public tags not marked noindex. Filtered in the query, so the count is the number of
     * URLs and a sitemap file the index announces is never left empty by the filter.
     */
    ListQuery<Tag> indexable(java.time.Instant now) {
        return visible(now).where("e.seo.noindex = false", null, null);
    }

    List<Tag> page(ListQuery<Tag> query, Sort<Tag> sort, PageRequest request) {
        return query.fetch(getEntityManager(), sort, request);
    }

    long count(ListQuery<Tag> query) {
        return query.count(getEntityManager());
    }

    private static ListQuery<Tag> visible(java.time.Instant now) {
        return new ListQuery<>(Tag.class).where(TAG_HAS_VISIBLE_POST, "now", now);
    }

    boolean slugTakenByOther(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    /** Every id, for ordering by postCount in memory: bounded by the size of this small table. */
    List<Long> allIds() {
        return getEntityManager().createQuery("select e.id from Tag e", Long.class).getResultList();
    }

    /** The entities with these ids, in the order of the ids. */
    List<Tag> inOrder(List<Long> ids) {
        java.util.Map<Long, Tag> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            byList("id", ids).forEach(e -> found.put(e.id, e));
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The tags whose {@code field} is one of {@code values} (not empty), in a query Hibernate translates once. */
    private List<Tag> byList(String field, Collection<?> values) {
        InList<?> in = InList.of(values);
        return list(in.condition(field), in.parameters());
    }
}
