package dev.inkstone.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.text.Slugs;

/** Page queries, each naming the index that serves it. */
@ApplicationScoped
class PageRepository implements PanacheRepositoryBase<Page, Long> {

    /** Bound on the walk up a tree: deeper than any menu, and a stop should bad data ever hold a loop. */
    static final int MAX_DEPTH = 32;

    /** A page's place in the tree: what a path is built from. */
    record Node(long id, Long parentId, String slug) {
    }

    /** By uq_page_slug; a string that cannot be a slug matches nothing and costs no query. */
    Optional<Page> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    /** By uq_page_slug. */
    boolean slugTakenByOther(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    /** Whether any page has this parent: one probe of ix_page_parent_menu_order. */
    boolean hasChildren(long id) {
        return !getEntityManager().createQuery("select p.id from Page p where p.parentId = :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The bylines of a batch of pages in one query, each in its order (page_author's position), by pk_page_author.
     * Lists read them here rather than through each page's collection, which would cost a query a page.
     */
    Map<Long, List<Long>> authorIds(Collection<Long> pageIds) {
        Map<Long, List<Long>> bylines = new HashMap<>();
        if (pageIds.isEmpty()) {
            return bylines;
        }
        List<Object[]> rows = getEntityManager().createQuery("select p.id, a from Page p join p.authorIds a "
                + "where p.id in :ids order by p.id, index(a)", Object[].class).setParameter("ids", pageIds)
                .getResultList();
        for (Object[] row : rows) {
            bylines.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[1]);
        }
        return bylines;
    }

    /** The pages with these ids that exist, by pk_page. */
    List<Page> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * The given pages and all their ancestors as tree nodes, in one statement: a recursive walk up pk_page, bounded by
     * {@link #MAX_DEPTH}.
     */
    @SuppressWarnings("unchecked")
    List<Node> withAncestors(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with recursive up(id, parent_id, slug, depth) as (
                    select id, parent_id, slug, 0 from page where id in (?1)
                    union all
                    select p.id, p.parent_id, p.slug, u.depth + 1 from page p join up u on p.id = u.parent_id
                    where u.depth < ?2
                )
                select distinct id, parent_id, slug from up""").setParameter(1, ids).setParameter(2, MAX_DEPTH)
                .getResultList();
        List<Node> nodes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            nodes.add(new Node(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(),
                    (String) row[2]));
        }
        return nodes;
    }

    /** Ids of every descendant of a page: a recursive walk down ix_page_parent_menu_order, bounded in depth. */
    @SuppressWarnings("unchecked")
    List<Long> descendantIds(long id) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                with recursive down(id, depth) as (
                    select id, 1 from page where parent_id = ?1
                    union all
                    select p.id, d.depth + 1 from page p join down d on p.parent_id = d.id where d.depth < ?2
                )
                select id from down""").setParameter(1, id).setParameter(2, MAX_DEPTH).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** When the next scheduled page becomes visible, or null: the first entry of ix_page_visible_at after now. */
    Instant nextVisibleAfter(Instant now) {
        return getEntityManager().createQuery("select min(p.visibleAt) from Page p where p.visibleAt > :now",
                Instant.class).setParameter("now", now).getSingleResult();
    }

    /** Up to {@code max} pages after {@code afterId} in id order, drafts included: one range of pk_page. */
    List<Page> after(long afterId, int max) {
        return getEntityManager().createQuery("select p from Page p where p.id > :id order by p.id", Page.class)
                .setParameter("id", afterId).setMaxResults(max).getResultList();
    }

    /**
     * The pages of a list: by status at {@code now} (ranges of ix_page_visible_at, or ix_page_status_updated_at for
     * drafts), then by parent (ix_page_parent_menu_order).
     */
    ListQuery<Page> listed(PageStatusFilter status, Instant now, PageListFilter filter) {
        ListQuery<Page> query = new ListQuery<>(Page.class);
        switch (status) {
            case PUBLISHED -> query.where("e.visibleAt <= :now", "now", now);
            case SCHEDULED -> query.where("e.visibleAt > :now", "now", now);
            case DRAFT -> query.where("e.status = :draft", "draft", PageStatus.DRAFT);
            case ANY -> { }
        }
        if (filter.topLevel()) {
            query.where("e.parentId is null", null, null);
        } else if (filter.parentId() != null) {
            query.where("e.parentId = :parentId", "parentId", filter.parentId());
        }
        return query;
    }

    /** The requested page of a list, plus one more row when a next page exists. */
    List<Page> page(ListQuery<Page> query, Sort<Page> sort, PageRequest request) {
        return query.fetch(getEntityManager(), sort, request);
    }

    long count(ListQuery<Page> query) {
        return query.count(getEntityManager());
    }

    /** Id, slug and visibility of the pages that exist among these: the primary key, no content loaded. */
    List<PageService.Visibility> visibility(java.util.Collection<Long> ids) {
        return getEntityManager().createQuery("select p.id, p.slug, p.visibleAt from Page p where p.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList().stream()
                .map(row -> new PageService.Visibility((Long) row[0], (String) row[1], (java.time.Instant) row[2]))
                .toList();
    }
}
