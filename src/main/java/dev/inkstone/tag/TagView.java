package dev.inkstone.tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.image.ImageSummary;
import dev.inkstone.seo.SeoView;
import dev.inkstone.term.TermAliases;

/** A tag as the API returns it. */
@Schema(name = "Tag")
public record TagView(
        @Schema(examples = "7") long id,
        @Schema(examples = "机器学习") String slug,
        @Schema(examples = "机器学习") String name,
        @Schema(nullable = true, examples = "关于机器学习的文章") String description,
        @Schema(description = "Number of published posts with this tag", examples = "12") long postCount,
        @Schema(examples = "2026-01-13T08:00:00Z") Instant createdAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        SeoView seo,
        @Schema(description = "Increases on every change", examples = "1") long version,
        @Schema(description = "Names in other languages; a search in any of them finds the tag's posts",
                examples = "[\"容器编排\", \"k8s\"]") List<String> aliases) {

    static TagView of(Tag tag, long postCount, Map<Long, ImageSummary> ogImages) {
        return new TagView(tag.id, tag.slug, tag.name, tag.description, postCount, tag.createdAt, tag.updatedAt,
                SeoView.of(tag.seo, ogImages), tag.version, TermAliases.split(tag.aliases));
    }
}
