package dev.inkstone.category;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small form of a category embedded in posts, with the names from the root down to it. */
// Always present, so typed clients need no checks and can send a summary back as a reference.
@Schema(name = "CategorySummary", requiredProperties = { "id", "slug", "name", "path" })
public record CategorySummary(
        @Schema(examples = "12") long id,
        @Schema(examples = "墙国的奇葩商业故事") String slug,
        @Schema(examples = "墙国的奇葩商业故事") String name,
        @Schema(description = "Names from the root category down to this one", examples = "[\"中国故事\", \"墙国的奇葩商业故事\"]")
        List<String> path) {
}
