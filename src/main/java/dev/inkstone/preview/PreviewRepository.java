package dev.inkstone.preview;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Preview links. A token is looked up by uq_post_preview_token_hash; a post's links by ix_post_preview_post
 * (post_id, created_at, id).
 */
@ApplicationScoped
class PreviewRepository implements PanacheRepositoryBase<PostPreview, Long> {

    Optional<PostPreview> findByTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    Optional<PostPreview> find(long postId, long previewId) {
        return find("id = ?1 and postId = ?2", previewId, postId).firstResultOptional();
    }

    /** Forgets the post's expired links, so a post's list stays as short as its live links. */
    long deleteExpired(long postId, Instant now) {
        return delete("postId = ?1 and expiresAt <= ?2", postId, now);
    }
}
