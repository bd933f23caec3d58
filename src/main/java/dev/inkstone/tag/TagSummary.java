package dev.inkstone.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small form of a tag embedded in posts. */
// Always present, so typed clients need no checks and can send a summary back as a reference.
@Schema(name = "TagSummary", requiredProperties = { "id", "slug", "name" })
public record TagSummary(
        @Schema(examples = "7") long id,
        @Schema(examples = "deepseek") String slug,
        @Schema(examples = "DeepSeek") String name) {

    static TagSummary of(Tag tag) {
        return new TagSummary(tag.id, tag.slug, tag.name);
    }
}
