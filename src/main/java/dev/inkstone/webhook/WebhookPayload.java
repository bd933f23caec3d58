package dev.inkstone.webhook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of every delivery. The same delivery id comes again on a retry or redelivery, so receivers can
 * drop repeats; position lets a receiver fetch GET /api/v1/sync from where it last was.
 */
@Schema(description = "The body POSTed to a webhook's URL")
public record WebhookPayload(
        @Schema(description = "The delivery's id; the same on every retry", examples = "981") long deliveryId,
        @Schema(examples = "3") long webhookId,
        @Schema(examples = "[\"post.published\", \"tag.created\"]") List<String> events,
        List<WebhookChange> changes,
        @Schema(description = "The highest change-log position among the changes", examples = "1742") long position,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt) {
}
