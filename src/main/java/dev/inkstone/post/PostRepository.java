package dev.inkstone.post;

import java.time.Instant;
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
}
