package dev.inkstone.revision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of a post's history: the post as one write left it (V24__create_post_revision.sql). */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_revision_seq")
    @SequenceGenerator(name = "post_revision_seq", sequenceName = "post_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public long postId;

    /** The post's version right after the write. */
    @Column(name = "post_version", nullable = false)
    public long postVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The writing token's name, or the import job ("import 12"). */
    @Column(nullable = false, length = 200)
    public String actor;

    /** Comma-separated wire names of the fields the write changed. */
    @Column(name = "changed_fields", nullable = false, length = 500)
    public String changedFields;

    /** {@link RevisionSnapshot} as JSON. */
    @Column(nullable = false, length = 1_000_000)
    public String snapshot;
}
