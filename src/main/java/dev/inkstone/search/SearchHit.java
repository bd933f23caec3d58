package dev.inkstone.search;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.category.CategorySummary;
import dev.inkstone.tag.TagSummary;

/**
 * One search result: the post's or page's list fields, what it is (so a frontend can link it), its relevance score
 * and highlighted snippets.
 */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(description = "The post's id, or the page's when type is page", examples = "42") long id,
        @Schema(description = "What the hit is: a post (GET /api/v1/posts/{id}) or a page (GET /api/v1/pages/{id})",
                enumeration = { "post", "page" }, examples = "post") SearchType type,
        @Schema(examples = "china-ai-innovation") String slug,
        @Schema(nullable = true, description = "A page's slugs from its top-level ancestor down (its place on the "
                + "site, as on the page); null for a post", examples = "[\"about\", \"team\"]") List<String> path,
        @Schema(examples = "中国顶尖大脑闭门承认：算力差距高达百倍") String title,
        @Schema(examples = "中国企业超越美国同行的机会不超过20%。") String excerpt,
        @Schema(nullable = true, examples = "2026-01-13T00:00:00Z") Instant publishedAt,
        @Schema(description = "Always empty for a page") List<TagSummary> tags,
        @Schema(description = "Always empty for a page") List<CategorySummary> categories,
        @Schema(description = "Relevance (BM25); higher is better, comparable within one query only",
                examples = "7.31") float score,
        Highlights highlights) {

    /** Snippets as HTML: the text escaped, matches wrapped in {@code <mark>}, nothing else. */
    @Schema(name = "SearchHighlights")
    public record Highlights(
            @Schema(description = "The whole title, escaped, with matches marked",
                    examples = "中国顶尖大脑闭门承认：<mark>算力</mark>差距高达百倍") String title,
            @Schema(description = "Up to two passages of the body around the best matches, joined by …; the "
                    + "body's opening when only the title or tags matched",
                    examples = "…在<mark>算力</mark>上的差距是百倍量级。") String body) {
    }
}
