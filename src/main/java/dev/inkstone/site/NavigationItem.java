package dev.inkstone.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A navigation entry as read: a URL, or a reference resolved to the target's current slug. The id fields are those
 * written, so a client can send an item back as it read it (without {@code type} and {@code slug}).
 */
@Schema(name = "NavigationItem", requiredProperties = { "label", "type" })
public record NavigationItem(
        @Schema(examples = "关于") String label,
        @Schema(description = "What the item points at", enumeration = { "url", "post", "tag", "category", "page" },
                examples = "post") String type,
        @Schema(nullable = true, description = "Set for type url", examples = "https://example.com/about") String url,
        @Schema(nullable = true, examples = "42") Long postId,
        @Schema(nullable = true, examples = "7") Long tagId,
        @Schema(nullable = true, examples = "3") Long categoryId,
        @Schema(nullable = true, examples = "5") Long pageId,
        @Schema(nullable = true, description = "The target's current slug; null for type url",
                examples = "关于我") String slug,
        @Schema(nullable = true, description = "For type page: the slugs from its top-level ancestor down to it, "
                + "as its permalink uses them", examples = "[\"about\", \"team\"]") java.util.List<String> path) {
}
