package dev.inkstone.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import dev.inkstone.common.text.Slugs;
import io.quarkus.panache.common.Sort;

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

    /** What anonymous readers see, newest first: a range of ix_post_visible_at. */
    PanacheQuery<Post> visible(Instant now) {
        return find("visibleAt <= ?1", Sort.descending("visibleAt", "id"), now);
    }

    /** Posts by stored status, most recently changed first: ix_post_status_updated_at. */
    PanacheQuery<Post> withStatus(PostStatus status) {
        return find("status", Sort.descending("updatedAt", "id"), status);
    }

    /** Every post, most recently changed first: ix_post_updated_at. */
    PanacheQuery<Post> everything() {
        return findAll(Sort.descending("updatedAt", "id"));
    }

    static <T> List<T> page(PanacheQuery<T> query, int offset, int size) {
        return query.range(offset, offset + size - 1).list();
    }
}
