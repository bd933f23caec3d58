package dev.inkstone.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import dev.inkstone.common.text.Slugs;

/** Post queries, each naming the index that serves it. */
@ApplicationScoped
class PostRepository implements PanacheRepositoryBase<Post, Long> {

    /** By uq_post_slug; a string that cannot be a slug matches nothing and costs no query. */
    Optional<Post> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    boolean slugTakenByOther(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    /** When the next scheduled post becomes visible, or null: the first entry of ix_post_visible_at after now. */
    Instant nextVisibleAfter(Instant now) {
        return getEntityManager().createQuery("select min(p.visibleAt) from Post p where p.visibleAt > :now",
                Instant.class).setParameter("now", now).getSingleResult();
    }

    /**
     * Blocks of {@code size} consecutive ids ({@code (id - 1) / size}) holding at least one post visible at
     * {@code now}, each with its newest updatedAt: the sitemap index. Reads every visible row once through
     * ix_post_visible_at; the size is a literal so that PostgreSQL sees one grouping expression.
     */
    List<PostIdBlock> visibleIdBlocks(int size, Instant now) {
        String block = "(p.id - 1) / " + size;
        return getEntityManager().createQuery("select new dev.inkstone.post.PostIdBlock(" + block
                + " + 1, max(p.updatedAt)) from Post p where p.visibleAt <= :now group by " + block, PostIdBlock.class)
                .setParameter("now", now).getResultList();
    }

    /** The posts visible at {@code now} with ids in (after, upTo], by id: a range of pk_post. */
    List<PostStamp> visibleInIdRange(long after, long upTo, Instant now) {
        return getEntityManager().createQuery("select new dev.inkstone.post.PostStamp(p.slug, p.updatedAt) from Post p"
                + " where p.id > :after and p.id <= :upTo and p.visibleAt <= :now order by p.id", PostStamp.class)
                .setParameter("after", after).setParameter("upTo", upTo).setParameter("now", now).getResultList();
    }
}
