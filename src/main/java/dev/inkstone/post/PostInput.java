package dev.inkstone.post;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.inkstone.common.json.IdReference;
import dev.inkstone.common.json.SlugReference;
import dev.inkstone.common.validation.CleanText;
import dev.inkstone.seo.SeoInput;

/**
 * Body of POST /api/v1/posts and of the PUTs. A client can send back the post it read: the derived fields a GET
 * shows (id, html, wordCount…) are ignored, tags and categories may be the objects it shows, featuredImage the
 * image summary, and version is checked like If-Match. Any other unknown field is a 400.
 */
@Schema(name = "PostInput")
@JsonIgnoreProperties({ "id", "html", "createdAt", "updatedAt", "readingMinutes", "wordCount" })
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
        @Size(max = 100) @JsonDeserialize(contentUsing = SlugReference.class)
        @Schema(description = "Tag slugs, or the tag objects a GET shows (their slug is used); an entry that names "
                + "no tag yet creates one named by it", examples = "[\"deepseek\", \"AI Agent\"]",
                type = SchemaType.ARRAY, implementation = SlugOrObject.class)
        List<@NotBlank @Size(max = 100) @CleanText String> tags,
        @Size(max = 20) @JsonDeserialize(contentUsing = SlugReference.class)
        @Schema(description = "Slugs of existing categories, or the category objects a GET shows",
                examples = "[\"aigc\"]", type = SchemaType.ARRAY, implementation = SlugOrObject.class)
        List<@NotBlank @Size(max = 120) @CleanText String> categories,
        @Size(max = 2000) @CleanText
        @Schema(nullable = true, description = "Original address of an imported post (http or https)",
                examples = "https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/")
        String sourceUrl,
        @JsonDeserialize(using = IdReference.class)
        @Schema(description = "Id of an uploaded image (POST /api/v1/images), or the image object a GET shows",
                examples = "12", nullable = true, oneOf = { Long.class, IdObject.class })
        Long featuredImage,
        @Size(max = 20) @JsonDeserialize(contentUsing = SlugReference.class)
        @Schema(nullable = true, description = "The byline in order: author slugs, or the author objects a GET shows "
                + "(their slug is used); an entry that names no author yet creates one named by it, so import "
                + "scripts can pass display names", examples = "[\"老范\", \"Jane Doe\"]",
                type = SchemaType.ARRAY, implementation = SlugOrObject.class)
        List<@NotBlank @Size(max = 200) @CleanText String> authors,
        @Deprecated @Size(max = 200) @CleanText
        @Schema(nullable = true, deprecated = true, description = "Deprecated: use authors. One author's name or "
                + "slug; when present it replaces authors with that one author", examples = "老范") String author,
        @Valid @Schema(nullable = true, description = "SEO overrides; absent or null means none") SeoInput seo,
        @Schema(nullable = true, description = "The version the client read (a GET shows it). When present it must "
                + "be the current one, or the write is refused with 412 and nothing changes, as with If-Match; "
                + "ignored when the write creates", examples = "3") Long version,
        @Size(max = 2000) @CleanText
        @Schema(nullable = true, description = "An external featured image by its http or https address, used when "
                + "featuredImage is null; a GET shows it as featuredImage with a null id and this url. A write "
                + "without it (and without featuredImage) leaves the post with no featured image",
                examples = "https://pictures.lukefan.com/china-ai-innovation-challenges-us-competition-future/blog_1.jpeg")
        String featuredImageUrl) {

    /** The fields of a post's input without a version: a write that checks none. */
    public PostInput(String title, String slug, PostStatus status, Instant publishedAt, String markdown,
            String excerpt, List<String> tags, List<String> categories, String sourceUrl, Long featuredImage,
            List<String> authors) {
        this(title, slug, status, publishedAt, markdown, excerpt, tags, categories, sourceUrl, featuredImage,
                authors, null, null, null, null);
    }

    /** The fields of a post's input with the version the client read, and no external featured image. */
    public PostInput(String title, String slug, PostStatus status, Instant publishedAt, String markdown,
            String excerpt, List<String> tags, List<String> categories, String sourceUrl, Long featuredImage,
            List<String> authors, Long version) {
        this(title, slug, status, publishedAt, markdown, excerpt, tags, categories, sourceUrl, featuredImage,
                authors, null, null, version, null);
    }

    /** A tag, category or author named in a write: by slug, or as the object a GET shows. */
    @Schema(name = "SlugOrObject", oneOf = { String.class, SlugObject.class })
    interface SlugOrObject {
    }

    /** A tag, category or author as a GET shows it inside a post: the slug names it, other fields are ignored. */
    @Schema(name = "SlugReference", additionalProperties = Schema.True.class)
    record SlugObject(@Schema(required = true, examples = "deepseek") String slug,
            @Schema(examples = "7") Long id, @Schema(examples = "DeepSeek") String name) {
    }

    /** An image as a GET shows it inside a post: the id names it, other fields are ignored. */
    @Schema(name = "IdReference", additionalProperties = Schema.True.class)
    record IdObject(@Schema(required = true, examples = "12") long id) {
    }

    List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    List<String> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    /** The byline asked for: the deprecated single author when sent (old clients know no other), else authors. */
    @SuppressWarnings("deprecation")
    List<String> authorsOrEmpty() {
        if (author != null && !author.isBlank()) {
            return List.of(author);
        }
        return authors == null ? List.of() : authors;
    }
}
