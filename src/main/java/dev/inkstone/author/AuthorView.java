package dev.inkstone.author;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.image.ImageSummary;
import dev.inkstone.seo.SeoView;

/** An author as the API returns it: a public byline, so no e-mail and nothing that signs in. */
@Schema(name = "Author")
public record AuthorView(
        @Schema(examples = "3") long id,
        @Schema(examples = "老范") String slug,
        @Schema(examples = "老范") String name,
        @Schema(nullable = true, description = "Markdown as written", examples = "写科技与商业的**老范**。") String bio,
        @Schema(nullable = true, description = "Sanitized HTML rendered from bio",
                examples = "<p>写科技与商业的<strong>老范</strong>。</p>") String bioHtml,
        @Schema(nullable = true, description = "The avatar with its variant URLs") ImageSummary avatar,
        @Schema(nullable = true, examples = "https://lukefan.com/") String website,
        @Schema(description = "Number of published posts with this author", examples = "12") long postCount,
        @Schema(examples = "2026-01-13T08:00:00Z") Instant createdAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        SeoView seo,
        @Schema(description = "Increases on every change", examples = "1") long version) {

    /** The view, its avatar and og:image taken from one batch of image summaries. */
    static AuthorView of(Author author, Map<Long, ImageSummary> images, long postCount) {
        ImageSummary avatar = author.avatarImageId == null ? null : images.get(author.avatarImageId);
        return new AuthorView(author.id, author.slug, author.name, author.bio, author.bioHtml, avatar, author.website,
                postCount, author.createdAt, author.updatedAt, SeoView.of(author.seo, images), author.version);
    }
}
