package dev.inkstone.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A subscription: where to POST which events, signed with its secret. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 2000)
    public String url;

    /** The subscribed event patterns, space-separated (see WebhookEvents). */
    @Column(nullable = false, length = 1000)
    public String events;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "coalesce_seconds", nullable = false)
    public int coalesceSeconds;

    /** Kept as is: signing needs it (a hash would not do), and it is shown only when made. */
    @Column(nullable = false, length = 100)
    public String secret;

    @Column(name = "created_seq", nullable = false)
    public long createdSeq;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "deactivated_reason", length = 1000)
    public String deactivatedReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
