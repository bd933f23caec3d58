package dev.inkstone.page;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * Body of POST /api/v1/pages and of the PUTs. As with posts a client can send back the page it read: the derived
 * fields a GET shows (id, html, path, wordCount…) are ignored, featuredImage may be the image object, and version is
 * checked like If-Match. Any other unknown field is a 400.
 */
@Schema(name = "PageInput")
@JsonIgnoreProperties({ "id", "html", "path", "createdAt", "updatedAt", "readingMinutes", "wordCount" })
public record PageInput(
        @NotBlank @Size(max = 300) @CleanText @Schema(examples = "关于") String title,
        @Size(max = 120) @CleanText
        @Schema(description = "Lower-case letters and digits of any script joined by '-'; derived from the title "
                + "when absent", examples = "about") String slug,
        @Schema(description = "Defaults to draft. published without publishedAt publishes now; a publishedAt in "
                + "the future makes the page scheduled", enumeration = { "draft", "scheduled", "published" },
                examples = "published") PageStatus status,
        @Schema(nullable = true, examples = "2026-01-13T08:00:00Z") Instant publishedAt,
        @NotNull @Size(max = 200_000) @CleanText(multiline = true)
        @Schema(description = "CommonMark with GitHub tables, strikethrough and autolinks",
                examples = "老范的博客，写中国故事。") String markdown,
        @Size(max = 1000) @CleanText(multiline = true)
        @Schema(nullable = true, description = "Derived from the first paragraphs when absent") String excerpt,
        @Schema(nullable = true, description = "Id of the parent page; null for a top-level page. The page itself "
                + "or one of its descendants is a 422", examples = "3") Long parentId,
        @Min(-1_000_000) @Max(1_000_000)
        @Schema(nullable = true, description = "Position among its siblings in menus, smaller first; 0 when absent",
                examples = "10") Integer menuOrder,
        @JsonDeserialize(using = IdReference.class)
        @Schema(description = "Id of an uploaded image, or the image object a GET shows", examples = "12",
                nullable = true) Long featuredImage,
        @Size(max = 20) @JsonDeserialize(contentUsing = SlugReference.class)
        @Schema(nullable = true, description = "The byline in order: author slugs, or the author objects a GET shows "
                + "(their slug is used); an entry that names no author yet creates one named by it, as for posts",
                examples = "[\"laofan\", \"Jane Doe\"]", type = SchemaType.ARRAY)
        List<@NotBlank @Size(max = 200) @CleanText String> authors,
        @Valid @Schema(nullable = true, description = "SEO overrides; absent or null means none") SeoInput seo,
        @Schema(nullable = true, description = "The version the client read. When present it must be the current "
                + "one, or the write is refused with 412, as with If-Match; ignored when the write creates",
                examples = "3") Long version) {

    /** The fields of a page without byline or SEO overrides (imports of sources that have none). */
    public PageInput(String title, String slug, PageStatus status, Instant publishedAt, String markdown,
            String excerpt, Long parentId, Integer menuOrder, Long featuredImage, Long version) {
        this(title, slug, status, publishedAt, markdown, excerpt, parentId, menuOrder, featuredImage, null, null,
                version);
    }

    List<String> authorsOrEmpty() {
        return authors == null ? List.of() : authors;
    }

    int menuOrderOrZero() {
        return menuOrder == null ? 0 : menuOrder;
    }

    PageInput withSlug(String slug) {
        return new PageInput(title, slug, status, publishedAt, markdown, excerpt, parentId, menuOrder, featuredImage,
                authors, seo, version);
    }
}
