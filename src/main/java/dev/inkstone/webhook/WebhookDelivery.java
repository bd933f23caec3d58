package dev.inkstone.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One POST to a webhook's URL, listing one or more changes, and how its latest attempt went. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    public Long id;

    @Column(name = "webhook_id", nullable = false)
    public long webhookId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The distinct event names of the changes, space-separated. */
    @Column(nullable = false, length = 1000)
    public String events;

    /** The changes as a JSON array of WebhookChange. */
    @Column(nullable = false, length = 100000)
    public String changes;

    @Column(name = "change_count", nullable = false)
    public int changeCount;

    /** The highest change-log position among the changes. */
    @Column(nullable = false)
    public long position;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(nullable = false)
    public int attempt;

    /** When it is next due; while attempt is 0, the end of its coalescing window. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "give_up_at", nullable = false)
    public Instant giveUpAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "duration_ms")
    public Long durationMs;

    @Column(length = 1000)
    public String error;

    @Column(name = "response_body", length = 1024)
    public String responseBody;
}
