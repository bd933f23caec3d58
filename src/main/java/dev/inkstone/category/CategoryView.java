package dev.inkstone.category;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.seo.SeoView;

/** A category as the API returns it. */
@Schema(name = "Category")
public record CategoryView(
        @Schema(examples = "12") long id,
        @Schema(examples = "墙国的奇葩商业故事") String slug,
        @Schema(examples = "墙国的奇葩商业故事") String name,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, examples = "3") Long parentId,
        @Schema(description = "Names from the root category down to this one", examples = "[\"中国故事\", \"墙国的奇葩商业故事\"]")
        List<String> path,
        @Schema(description = "Number of published posts filed directly in this category", examples = "4")
        long postCount,
        @Schema(examples = "2026-01-13T08:00:00Z") Instant createdAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        SeoView seo,
        @Schema(description = "Increases on every change", examples = "1") long version,
        @Schema(description = "Names in other languages; a search in any of them finds the category's posts",
                examples = "[\"Cloud Native\"]") List<String> aliases) {
}
