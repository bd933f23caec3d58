package dev.inkstone.post;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.sql.InList;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.content.ImageUses.PostRef;

/** Post queries, each naming the index that serves it. */
@ApplicationScoped
class PostRepository implements PanacheRepositoryBase<Post, Long> {

    /** By uq_post_slug; a string that cannot be a slug matches nothing and costs no query. */
    Optional<Post> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    /**
     * By uq_post_slug, as the database has it, without flushing the transaction's pending writes first (see
     * {@link PostSlugClaims} for the slugs those changed).
     */
    Optional<Post> findBySlugAsStored(String slug) {
        return getEntityManager().createQuery("from Post p where p.slug = :slug", Post.class)
                .setParameter("slug", slug).setFlushMode(FlushModeType.COMMIT).getResultList().stream().findFirst();
    }

    /** By uq_post_slug, as the database has it, like {@link #findBySlugAsStored}. */
    boolean slugStoredForOther(String slug, Long id) {
        return getEntityManager().createQuery("select p.id from Post p where p.slug = :slug", Long.class)
                .setParameter("slug", slug).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .anyMatch(found -> !found.equals(id));
    }

    /** When the next scheduled post becomes visible, or null: the first entry of ix_post_visible_at after now. */
    Instant nextVisibleAfter(Instant now) {
        return getEntityManager().createQuery("select min(p.visibleAt) from Post p where p.visibleAt > :now",
                Instant.class).setParameter("now", now).getSingleResult();
    }

    /**
     * Blocks of {@code size} consecutive ids ({@code (id - 1) / size}) holding at least one post visible at
     * {@code now}, each with its newest updatedAt: the sitemap index. Reads every visible row once through
     * ix_post_visible_at; the size is a literal so that PostgreSQL sees one grouping expression. Posts marked
     * noindex are left out (a filter on the rows read), so a block of only such posts is not listed.
     */
    List<PostIdBlock> visibleIdBlocks(int size, Instant now) {
        String block = "(p.id - 1) / " + size;
        return getEntityManager().createQuery("select new dev.inkstone.post.PostIdBlock(" + block
                + " + 1, max(p.updatedAt)) from Post p where p.visibleAt <= :now and p.seo.noindex = false group by "
                + block, PostIdBlock.class)
                .setParameter("now", now).getResultList();
    }

    /** The posts visible at {@code now} and not noindex with ids in (after, upTo], by id: a range of pk_post. */
    List<PostStamp> visibleInIdRange(long after, long upTo, Instant now) {
        return getEntityManager().createQuery("select new dev.inkstone.post.PostStamp(p.slug, p.updatedAt) from Post p"
                + " where p.id > :after and p.id <= :upTo and p.visibleAt <= :now and p.seo.noindex = false"
                + " order by p.id", PostStamp.class)
                .setParameter("after", after).setParameter("upTo", upTo).setParameter("now", now).getResultList();
    }

    /** The posts with these ids that exist, by pk_post. */
    List<Post> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** The slugs of the posts with these ids that exist, by id; pk_post, without loading the posts. */
    Map<Long, String> slugsByIds(Collection<Long> ids) {
        Map<Long, String> slugs = new HashMap<>();
        if (!ids.isEmpty()) {
            InList<Long> in = InList.of(ids);
            var query = getEntityManager().createQuery("select p.id, p.slug from Post p where "
                    + in.condition("p.id"), Object[].class);
            Object[] parameters = in.parameters();
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.getResultList().forEach(row -> slugs.put((Long) row[0], (String) row[1]));
        }
        return slugs;
    }

    /**
     * Up to {@code max} posts whose visibleAt lies after (afterAt, afterId) in (visibleAt, id) order and at or before
     * {@code until}, and after their last write (updatedAt), as (id, visibleAt). One ordered range of
     * ix_post_visible_at (the redundant {@code >= :at} gives the planner its lower end).
     */
    List<PostSync.Due> dueAfter(Instant afterAt, long afterId, Instant until, int max) {
        return getEntityManager().createQuery("select p.id, p.visibleAt from Post p where p.visibleAt >= :at "
                + "and p.visibleAt <= :until and p.visibleAt > p.updatedAt "
                + "and (p.visibleAt > :at or (p.visibleAt = :at and p.id > :id)) order by p.visibleAt, p.id",
                Object[].class)
                .setParameter("until", until).setParameter("at", afterAt).setParameter("id", afterId)
                .setMaxResults(max).getResultList().stream()
                .map(row -> new PostSync.Due((Long) row[0], (Instant) row[1])).toList();
    }

    /** Up to {@code max} post ids after {@code afterId} in id order, drafts included: one range of pk_post. */
    List<Long> idsAfter(long afterId, int max) {
        return getEntityManager().createQuery("select p.id from Post p where p.id > :id order by p.id", Long.class)
                .setParameter("id", afterId).setMaxResults(max).getResultList();
    }

    /** Up to {@code max} posts using an image, in id order: post_image through ix_post_image_image_id. */
    List<PostRef> usingImage(long imageId, int max) {
        return getEntityManager().createQuery("select p.id, p.slug from Post p join p.imageIds i "
                + "where i = :image order by p.id", Object[].class).setParameter("image", imageId)
                .setMaxResults(max).getResultList().stream()
                .map(row -> new PostRef((Long) row[0], (String) row[1])).toList();
    }

    /** The ids of all posts using an image, through ix_post_image_image_id. */
    List<Long> idsUsingImage(long imageId) {
        return getEntityManager().createQuery("select p.id from Post p join p.imageIds i where i = :image",
                Long.class).setParameter("image", imageId).getResultList();
    }

    /** Whether any post, draft or not, is in the category: one probe of ix_post_category_category_id. */
    boolean anyInCategory(long categoryId) {
        return !getEntityManager().createQuery("select p.id from Post p join p.categoryIds c where c = :id",
                Long.class).setParameter("id", categoryId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Up to {@code max} posts carrying an author, drafts included, by id: ix_post_author_author_id. */
    List<Object[]> byAuthor(long authorId, int max) {
        return getEntityManager().createQuery("select p.id, p.slug from Post p join p.authorIds a where a = :author "
                + "order by p.id", Object[].class).setParameter("author", authorId).setMaxResults(max)
                .getResultList();
    }

    /** How many posts, drafts included, carry an author: ix_post_author_author_id. */
    long countByAuthor(long authorId) {
        return getEntityManager().createQuery("select count(p) from Post p join p.authorIds a where a = :author",
                Long.class).setParameter("author", authorId).getSingleResult();
    }

    /** Which posts' terms are counted: a post's tags, its categories or its authors. */
    enum Terms {
        TAGS("tagIds"), CATEGORIES("categoryIds"), AUTHORS("authorIds");

        final String collection;

        Terms(String collection) {
            this.collection = collection;
        }
    }

    /** How many posts visible at {@code now} carry each tag (or category) that any post carries: one grouped query. */
    Map<Long, Long> visibleCountsByTerm(Terms terms, Instant now) {
        Map<Long, Long> counts = new HashMap<>();
        List<Object[]> rows = getEntityManager().createQuery("select e, count(p) from Post p join p." + terms.collection
                + " e where p.visibleAt <= :now group by e", Object[].class)
                .setParameter("now", now).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return Map.copyOf(counts);
    }

    /**
     * The posts of a list: by status at {@code now}, then the filters. Tag, category and author filters go through the
     * join tables' primary keys and ix_post_tag_tag_id / ix_post_category_category_id / ix_post_author_author_id; date filters are ranges of
     * ix_post_visible_at and ix_post_updated_at.
     */
    ListQuery<Post> listed(StatusFilter status, Instant now, PostListFilter filter) {
        ListQuery<Post> query = new ListQuery<>(Post.class);
        switch (status) {
            case PUBLISHED -> query.where("e.visibleAt <= :now", "now", now);
            case SCHEDULED -> query.where("e.visibleAt > :now", "now", now);
            case DRAFT -> query.where("e.status = :draft", "draft", PostStatus.DRAFT);
            case ANY -> { }
        }
        List<Long> tagIds = filter.tagIds();
        if (tagIds != null) {
            if (filter.allTags()) {
                query.where("(select count(t) from e.tagIds t where t in :tagIds) = " + tagIds.size(), "tagIds",
                        tagIds);
            } else {
                query.where("exists (select t from e.tagIds t where t in :tagIds)", "tagIds", tagIds);
            }
        }
        if (filter.authorIds() != null) {
            query.where("exists (select a from e.authorIds a where a in :authorIds)", "authorIds", filter.authorIds());
        }
        if (filter.categoryIds() != null) {
            query.where("exists (select c from e.categoryIds c where c in :categoryIds)", "categoryIds",
                    filter.categoryIds());
        }
        // For posts that are not drafts visibleAt equals publishedAt and has the index; drafts only have publishedAt.
        String published = filter.dated() ? "e.visibleAt" : "e.publishedAt";
        if (filter.publishedAfter() != null) {
            query.where(published + " > :publishedAfter", "publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            query.where(published + " < :publishedBefore", "publishedBefore", filter.publishedBefore());
        }
        if (filter.updatedAfter() != null) {
            query.where("e.updatedAt > :updatedAfter", "updatedAfter", filter.updatedAfter());
        }
        if (filter.featuredImage() != null) {
            // An external featured image (featuredImageUrl) counts: the post shows one.
            query.where(filter.featuredImage() ? "(e.featuredImageId is not null or e.featuredImageUrl is not null)"
                    : "(e.featuredImageId is null and e.featuredImageUrl is null)", null, null);
        }
        return query;
    }

    /** The requested page of a list, plus one more row when a next page exists. */
    List<Post> page(ListQuery<Post> query, Sort<Post> sort, PageRequest request) {
        return query.fetch(getEntityManager(), sort, request);
    }

    long count(ListQuery<Post> query) {
        return query.count(getEntityManager());
    }
}
