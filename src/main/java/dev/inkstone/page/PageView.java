package dev.inkstone.page;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.author.AuthorSummary;
import dev.inkstone.image.ImageSummary;
import dev.inkstone.seo.SeoView;

/** A page as the API returns it; lists leave markdown and html null to stay small. */
@Schema(name = "Page")
public record PageView(
        @Schema(examples = "5") long id,
        @Schema(examples = "about") String slug,
        @Schema(examples = "关于") String title,
        @Schema(enumeration = { "draft", "scheduled", "published" }, examples = "published") PageStatus status,
        @Schema(nullable = true, examples = "2026-01-13T00:00:00Z") Instant publishedAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        @Schema(nullable = true, description = "Null in lists") String markdown,
        @Schema(nullable = true, description = "Sanitized HTML rendered from markdown; null in lists") String html,
        @Schema(examples = "老范的博客，写中国故事。") String excerpt,
        @Schema(examples = "1") int readingMinutes,
        @Schema(description = "Each CJK character counts as a word", examples = "12") int wordCount,
        @Schema(nullable = true, description = "The featured image with its variant URLs, for srcset")
        ImageSummary featuredImage,
        @Schema(nullable = true, description = "The parent page's id; null at the top level", examples = "3")
        Long parentId,
        @Schema(description = "Slugs from the top-level ancestor down to this page", examples = "[\"about\", \"team\"]")
        List<String> path,
        @Schema(description = "Position among its siblings, smaller first", examples = "10") int menuOrder,
        @Schema(description = "The byline in order; empty when the page names no author") List<AuthorSummary> authors,
        SeoView seo,
        @Schema(description = "Increases on every change", examples = "1") long version) {
}
