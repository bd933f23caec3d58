package dev.inkstone.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change a delivery announces. */
@Schema(description = "One announced change")
public record WebhookChange(
        @Schema(examples = "post.published") String event,
        @Schema(enumeration = { "post", "tag", "category", "image", "site", "ping" }, examples = "post") String type,
        @Schema(examples = "42") long id,
        @Schema(nullable = true, description = "The slug as last known (a deleted resource's last slug); images "
                + "have none", examples = "china-ai-innovation-challenges-us-competition-future") String slug,
        @Schema(description = "The change-log position this change was read at (GET /api/v1/sync counts the same)",
                examples = "1742") long position) {
}
