package dev.inkstone.category;

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

/** Category queries; subtree queries are prefix ranges on ix_category_tree_path. */
@ApplicationScoped
class CategoryRepository implements PanacheRepositoryBase<Category, Long> {

    /** By uq_category_slug; a string that cannot be a slug matches nothing and costs no query. */
    Optional<Category> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    List<Category> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : byList("slug", slugs);
    }

    List<Category> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : byList("id", ids);
    }

    /** Sorted by name (ix_category_name) or id (the primary key), by offset or keyset. */
    List<Category> page(Sort<Category> sort, PageRequest request) {
        return new ListQuery<>(Category.class).fetch(getEntityManager(), sort, request);
    }

    /**
     * Ids of a category and all its descendants. A recursive walk down ix_category_parent_id: unlike a LIKE on the
     * tree path, every step is an index lookup in PostgreSQL's generic plans too, whatever the collation.
     */
    @SuppressWarnings("unchecked")
    List<Long> subtreeIds(Category root) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                with recursive subtree(id) as (
                    select id from category where id = ?1
                    union all
                    select c.id from category c join subtree s on c.parent_id = s.id
                )
                select id from subtree""").setParameter(1, root.id).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Like {@link #page} among the given ids only (a set bounded by the category table, which is small). */
    List<Category> pageAmong(Collection<Long> ids, Sort<Category> sort, PageRequest request) {
        return ids.isEmpty() ? List.of() : among(ids).fetch(getEntityManager(), sort, request);
    }

    /**
     * What a sitemap lists of these (visible) categories: those not marked noindex, filtered in the query so the
     * count is the number of URLs. Empty ids make an empty list and a zero count without a query.
     */
    ListQuery<Category> indexableAmong(Collection<Long> ids) {
        return among(ids.isEmpty() ? List.of(-1L) : ids).where("e.seo.noindex = false", null, null);
    }

    List<Category> page(ListQuery<Category> query, Sort<Category> sort, PageRequest request) {
        return query.fetch(getEntityManager(), sort, request);
    }

    long count(ListQuery<Category> query) {
        return query.count(getEntityManager());
    }

    private static ListQuery<Category> among(Collection<Long> ids) {
        return new ListQuery<>(Category.class).where("e.id in :ids", "ids", ids);
    }

    boolean slugTakenByOther(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    boolean hasChildren(long id) {
        return count("parentId", id) > 0;
    }

    /** Length of the longest tree path with a prefix, to keep moved subtrees within bounds. */
    int longestPathUnder(String treePath) {
        Integer longest = getEntityManager()
                .createQuery("select max(length(c.treePath)) from Category c where c.treePath like :prefix",
                        Integer.class)
                .setParameter("prefix", treePath + "%").getSingleResult();
        return longest == null ? treePath.length() : longest;
    }

    /** Rewrites the paths of a moved subtree in one statement. */
    void moveSubtree(String oldPath, String newPath) {
        getEntityManager().createQuery("update Category c set c.treePath = concat(:newPath, "
                + "substring(c.treePath, :keepFrom)) where c.treePath like :prefix")
                .setParameter("newPath", newPath).setParameter("keepFrom", oldPath.length() + 1)
                .setParameter("prefix", oldPath + "%").executeUpdate();
    }

    /** Every id, for ordering by postCount in memory: bounded by the size of this small table. */
    List<Long> allIds() {
        return getEntityManager().createQuery("select e.id from Category e", Long.class).getResultList();
    }

    /** The entities with these ids, in the order of the ids. */
    List<Category> inOrder(List<Long> ids) {
        java.util.Map<Long, Category> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            byList("id", ids).forEach(e -> found.put(e.id, e));
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The categories whose {@code field} is one of {@code values} (not empty), in a query translated once. */
    private List<Category> byList(String field, Collection<?> values) {
        InList<?> in = InList.of(values);
        return list(in.condition(field), in.parameters());
    }
}
