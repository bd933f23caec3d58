package dev.inkstone.post;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.author.AuthorSummary;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.image.ImageSummary;
import dev.inkstone.seo.SeoView;
import dev.inkstone.tag.TagSummary;

/** A post as the API returns it; lists leave markdown and html null to stay small. */
@Schema(name = "Post")
public record PostView(
        @Schema(examples = "42") long id,
        @Schema(examples = "china-ai-innovation-challenges-us-competition-future") String slug,
        @Schema(examples = "中国顶尖大脑闭门承认：我们做不了0到1") String title,
        @Schema(enumeration = { "draft", "scheduled", "published" }, examples = "published") PostStatus status,
        @Schema(nullable = true, examples = "2026-01-13T00:00:00Z") Instant publishedAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        @Schema(nullable = true, description = "Null in lists") String markdown,
        @Schema(nullable = true, description = "Sanitized HTML rendered from markdown; null in lists") String html,
        @Schema(examples = "中国企业超越美国同行的机会不超过20%。") String excerpt,
        @Schema(examples = "14") int readingMinutes,
        @Schema(description = "Each CJK character counts as a word", examples = "4108") int wordCount,
        @Schema(nullable = true, description = "The featured image with its variant URLs, for srcset; an external "
                + "image (a clipped page's picture whose file did not come with its import) has a null id and "
                + "only its url")
        PostFeaturedImage featuredImage,
        List<TagSummary> tags,
        List<CategorySummary> categories,
        @Schema(nullable = true) String sourceUrl,
        @Schema(description = "The byline in order; empty when the post names no author") List<AuthorSummary> authors,
        SeoView seo,
        @Schema(description = "Increases on every change", examples = "1") long version) {
}
