package dev.inkstone.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.image.ImageSummary;

/** The small form of an author embedded in posts: a byline with its avatar. */
// Always present but the avatar, so typed clients need no checks and can send a summary back as a reference.
@Schema(name = "AuthorSummary", requiredProperties = { "id", "slug", "name", "avatar" })
public record AuthorSummary(
        @Schema(examples = "3") long id,
        @Schema(examples = "老范") String slug,
        @Schema(examples = "老范") String name,
        @Schema(nullable = true, description = "The avatar with its variant URLs") ImageSummary avatar) {
}
