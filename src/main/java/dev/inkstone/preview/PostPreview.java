package dev.inkstone.preview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A preview link of one post: its token's hash and when it stops working (V25__create_post_preview.sql). */
@Entity
@Table(name = "post_preview")
public class PostPreview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_preview_seq")
    @SequenceGenerator(name = "post_preview_seq", sequenceName = "post_preview_seq", allocationSize = 50)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public long postId;

    /** SHA-256 hex of the token; the token itself is shown once, when the link is made. */
    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** The name of the token that made the link. */
    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;
}
