package dev.inkstone.author;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.sql.InList;
import dev.inkstone.common.text.Slugs;

/** Author queries; slug lookups use uq_author_slug, name order ix_author_name. */
@ApplicationScoped
class AuthorRepository implements PanacheRepositoryBase<Author, Long> {

    /**
     * A JPQL condition on an author (alias {@code e}, parameter {@code :now}): some post carrying it is visible at now.
     * Served by ix_post_author_author_id and the post's primary key.
     */
    private static final String HAS_VISIBLE_POST =
            "exists (select p.id from Post p join p.authorIds pa where pa = e.id and p.visibleAt <= :now)";

    /** By uq_author_slug; a string that cannot be a slug matches nothing and costs no query. */
    Optional<Author> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    /** By uq_author_slug. */
    List<Author> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : byList("slug", slugs);
    }

    /** By the primary key. */
    List<Author> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : byList("id", ids);
    }

    /** Sorted by name (ix_author_name) or id (the primary key), by offset or keyset. */
    List<Author> page(Sort<Author> sort, PageRequest request) {
        return new ListQuery<>(Author.class).fetch(getEntityManager(), sort, request);
    }

    /** Like {@link #page} but only authors of some visible post (ix_post_author_author_id per candidate). */
    List<Author> publicPage(Sort<Author> sort, PageRequest request, Instant now) {
        return visible(now).fetch(getEntityManager(), sort, request);
    }

    /**
     * What a sitemap lists: the public authors not marked noindex. Filtered in the query, so the count is the number
     * of URLs and a sitemap file the index announces is never left empty by the filter.
     */
    ListQuery<Author> indexable(Instant now) {
        return visible(now).where("e.seo.noindex = false", null, null);
    }

    List<Author> page(ListQuery<Author> query, Sort<Author> sort, PageRequest request) {
        return query.fetch(getEntityManager(), sort, request);
    }

    long count(ListQuery<Author> query) {
        return query.count(getEntityManager());
    }

    private static ListQuery<Author> visible(Instant now) {
        return new ListQuery<>(Author.class).where(HAS_VISIBLE_POST, "now", now);
    }

    /** By uq_author_slug. */
    boolean slugTakenByOther(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    /** Every id, for ordering by postCount in memory: bounded by the size of this small table. */
    List<Long> allIds() {
        return getEntityManager().createQuery("select e.id from Author e", Long.class).getResultList();
    }

    /** The entities with these ids, in the order of the ids (primary key). */
    List<Author> inOrder(List<Long> ids) {
        Map<Long, Author> found = new HashMap<>();
        byIds(ids).forEach(e -> found.put(e.id, e));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The authors whose {@code field} is one of {@code values} (not empty), in a query Hibernate translates once. */
    private List<Author> byList(String field, Collection<?> values) {
        InList<?> in = InList.of(values);
        return list(in.condition(field), in.parameters());
    }
}
