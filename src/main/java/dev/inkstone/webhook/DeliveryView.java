package dev.inkstone.webhook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery and how its latest attempt went. */
public record DeliveryView(
        @Schema(examples = "981") long id,
        @Schema(description = "When the first change of it was read") Instant createdAt,
        @Schema(examples = "[\"post.published\"]") List<String> events,
        List<WebhookChange> changes,
        @Schema(description = "The highest change-log position among the changes", examples = "1742") long position,
        @Schema(enumeration = { "pending", "delivered", "failed" }, examples = "delivered") String status,
        @Schema(description = "Attempts made so far", examples = "1") int attempt,
        @Schema(nullable = true, description = "When a pending delivery is next tried") Instant nextAttemptAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(nullable = true, description = "The receiver's HTTP status; null when none came", examples = "200")
        Integer statusCode,
        @Schema(nullable = true, examples = "84") Long durationMs,
        @Schema(nullable = true, examples = "connect timed out after 5 s") String error,
        @Schema(nullable = true, description = "The start of the receiver's answer, at most 1 KB",
                examples = "{\"ok\":true}") String responseBody) {

    static DeliveryView of(WebhookDelivery d, List<WebhookChange> changes) {
        return new DeliveryView(d.id, d.createdAt, List.copyOf(WebhookEvents.split(d.events)), changes, d.position,
                d.status, d.attempt, WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null,
                d.lastAttemptAt, d.statusCode, d.durationMs, d.error, d.responseBody);
    }
}
