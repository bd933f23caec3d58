package dev.inkstone.revision;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.inkstone.category.CategorySummary;
import dev.inkstone.post.PostFields;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.tag.TagSummary;

/**
 * A post's followed fields as one write left them, stored with each revision. Tags, categories and authors keep the slug
 * and name they had, so a snapshot reads well after they were renamed or deleted; restore finds them by id.
 */
@Schema(name = "RevisionSnapshot")
// Snapshots stored before V34 carry a free-text "author"; it named no author record, so it is not read.
@JsonIgnoreProperties(value = "author", allowGetters = false)
public record RevisionSnapshot(
        @Schema(examples = "中国顶尖大脑闭门承认：算力差距高达百倍") String title,
        @Schema(examples = "china-ai-innovation") String slug,
        @Schema(enumeration = { "draft", "scheduled", "published" }, examples = "draft") PostStatus status,
        @Schema(nullable = true, examples = "2026-01-13T08:00:00Z") Instant publishedAt,
        @Schema(examples = "## 背景\n\n中国企业超越美国同行的机会不超过20%。") String markdown,
        @Schema(examples = "中国企业超越美国同行的机会不超过20%。") String excerpt,
        @Schema(nullable = true, description = "The featured image's id", examples = "12") Long featuredImage,
        List<Term> tags,
        List<Term> categories,
        @Schema(nullable = true, description = "The SEO fields, the og:image by id; null when none were set "
                + "(and in revisions made before posts had SEO fields)") SeoInput seo,
        @Schema(nullable = true, description = "The byline; null in revisions written before authors were "
                + "records (their free-text author is not kept), and restoring one of those keeps the current byline")
        List<Term> authors) {

    /** No post at all: what a create is compared with. */
    static final RevisionSnapshot NONE = new RevisionSnapshot(null, null, null, null, null, null, null,
            List.of(), List.of(), null, List.of());

    /** A tag, category or author as the post named it then. */
    @Schema(name = "RevisionTerm")
    public record Term(@Schema(examples = "7") long id, @Schema(examples = "deepseek") String slug,
            @Schema(examples = "DeepSeek") String name) {
    }

    static RevisionSnapshot of(PostView post) {
        return new RevisionSnapshot(post.title(), post.slug(), post.status(), post.publishedAt(), post.markdown(),
                post.excerpt(), post.featuredImage() == null ? null : post.featuredImage().id(),
                post.tags().stream().map(RevisionSnapshot::term).toList(),
                post.categories().stream().map(RevisionSnapshot::term).toList(),
                post.seo() == null ? null : post.seo().asInput(),
                post.authors().stream().map(a -> new Term(a.id(), a.slug(), a.name())).toList());
    }

    /** For comparing only: tags and categories by id, without their names. */
    static RevisionSnapshot of(PostFields fields) {
        return new RevisionSnapshot(fields.title(), fields.slug(), fields.status(), fields.publishedAt(),
                fields.markdown(), fields.excerpt(), fields.featuredImage(),
                fields.tags().stream().map(id -> new Term(id, null, null)).toList(),
                fields.categories().stream().map(id -> new Term(id, null, null)).toList(), fields.seo(),
                fields.authors().stream().map(id -> new Term(id, null, null)).toList());
    }

    private static Term term(TagSummary tag) {
        return new Term(tag.id(), tag.slug(), tag.name());
    }

    private static Term term(CategorySummary category) {
        return new Term(category.id(), category.slug(), category.name());
    }
}
