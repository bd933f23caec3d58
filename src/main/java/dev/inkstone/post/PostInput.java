package dev.inkstone.post;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.validation.CleanText;

/** Body of POST /api/v1/posts and of the PUTs; read-only fields (id, html, wordCount…) are not accepted. */
@Schema(name = "PostInput")
public record PostInput(
        @NotBlank @Size(max = 300) @CleanText @Schema(examples = "算力差距高达百倍") String title,
        @Size(max = 120) @CleanText
        @Schema(description = "Lower-case letters and digits of any script joined by '-'; derived from the title "
                + "when absent", examples = "china-ai-innovation") String slug,
        @Schema(description = "Defaults to draft. published without publishedAt publishes now; a publishedAt in "
                + "the future makes the post scheduled", enumeration = { "draft", "scheduled", "published" },
                examples = "published") PostStatus status,
        @Schema(nullable = true, examples = "2026-01-13T08:00:00Z") Instant publishedAt,
        @NotNull @Size(max = 200_000) @CleanText(multiline = true)
        @Schema(description = "CommonMark with GitHub tables, strikethrough and autolinks",
                examples = "## 背景\n\n中国企业超越美国同行的机会不超过20%。") String markdown,
        @Size(max = 1000) @CleanText(multiline = true)
        @Schema(nullable = true, description = "Derived from the first paragraphs when absent") String excerpt,
        @Size(max = 100)
        @Schema(description = "Tag slugs; an entry that names no tag yet creates one named by it",
                examples = "[\"deepseek\", \"AI Agent\"]") List<@NotBlank @Size(max = 100) @CleanText String> tags,
        @Size(max = 20)
        @Schema(description = "Slugs of existing categories", examples = "[\"aigc\"]")
        List<@NotBlank @Size(max = 120) @CleanText String> categories,
        @Size(max = 2000) @CleanText
        @Schema(nullable = true, description = "Original address of an imported post (http or https)",
                examples = "https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/")
        String sourceUrl,
        @Schema(nullable = true, description = "Id of an uploaded image (POST /api/v1/images)", examples = "12")
        Long featuredImage,
        @Size(max = 200) @CleanText
        @Schema(nullable = true, description = "The author's display name", examples = "老范") String author) {

    List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    List<String> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }
}
