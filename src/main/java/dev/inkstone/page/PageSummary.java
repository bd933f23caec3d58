package dev.inkstone.page;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small form of a page other features embed or link to (navigation, sitemap, export). */
@Schema(name = "PageSummary")
public record PageSummary(
        @Schema(examples = "5") long id,
        @Schema(examples = "team") String slug,
        @Schema(examples = "团队") String title,
        @Schema(description = "Slugs from the top-level ancestor down to this page", examples = "[\"about\", \"team\"]")
        List<String> path,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt) {

    static PageSummary of(PageView view) {
        return new PageSummary(view.id(), view.slug(), view.title(), view.path(), view.updatedAt());
    }
}
