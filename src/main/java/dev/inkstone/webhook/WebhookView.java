package dev.inkstone.webhook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as the API shows it; the secret only in the answer that made it. */
public record WebhookView(
        @Schema(examples = "3") long id,
        @Schema(examples = "https://api.netlify.com/build_hooks/5f2b3c") String url,
        @Schema(examples = "[\"post.*\", \"tag.updated\"]") List<String> events,
        @Schema(examples = "true") boolean active,
        @Schema(examples = "30") int coalesceSeconds,
        @Schema(nullable = true, description = "Why the server deactivated it, if it did",
                examples = "Deactivated 2026-03-04T10:00:00Z: every delivery failed since 2026-03-01T09:12:00Z; "
                        + "last error: HTTP 500") String deactivatedReason,
        @Schema(nullable = true, description = "Since when every delivery failed; null while deliveries succeed")
        Instant failingSince,
        @Schema(nullable = true, description = "The signing secret: only in the answers of create and rotate",
                examples = "whsec_Vt3c9mJ0yq1b8KxZ2pW4rD6fH8jL0nQ2sU4wY6a8c0E") String secret,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        @Schema(examples = "1") long version) {

    static WebhookView of(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, List.copyOf(WebhookEvents.split(webhook.events)),
                webhook.active, webhook.coalesceSeconds, webhook.deactivatedReason, webhook.failingSince, secret,
                webhook.createdAt, webhook.updatedAt, webhook.version);
    }
}
