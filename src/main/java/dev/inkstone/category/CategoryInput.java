package dev.inkstone.category;

import java.util.List;

import jakarta.validation.Valid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.inkstone.common.validation.CleanText;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.term.TermAliases;

/**
 * Body of POST /api/v1/categories and PUT /api/v1/categories/{id}. A client can send back the category it read: the
 * derived fields a GET shows (path, postCount…) are ignored and version is checked like If-Match. Any other unknown
 * field is a 400.
 */
@Schema(name = "CategoryInput")
@JsonIgnoreProperties({ "id", "path", "postCount", "createdAt", "updatedAt" })
public record CategoryInput(
        @NotBlank @Size(max = 100) @CleanText @Schema(examples = "墙国的奇葩商业故事") String name,
        @Size(max = 120) @CleanText
        @Schema(examples = "墙国的奇葩商业故事", description = "Lower-case letters and digits of any script joined by "
                + "'-'; derived from the name when absent") String slug,
        @Size(max = 2000) @CleanText(multiline = true) @Schema(nullable = true) String description,
        @Positive @Schema(nullable = true, examples = "1", description = "The parent category; null for a root")
        Long parentId,
        @Valid @Schema(nullable = true, description = "SEO overrides; absent or null means none") SeoInput seo,
        @Schema(nullable = true, description = "The version the client read (a GET shows it). When present it must "
                + "be the current one, or the write is refused with 412 and nothing changes, as with If-Match; "
                + "ignored when the write creates", examples = "3") Long version,
        @Size(max = TermAliases.MAX)
        @Schema(nullable = true, description = "Names of the category in other languages (up to 10): a search in "
                + "any of them finds the category's posts. Absent or null is none",
                examples = "[\"Cloud Native\", \"雲原生\"]")
        List<@NotBlank @Size(max = 100) @CleanText String> aliases) {

    /** A category's fields without a version: a write that checks none. */
    public CategoryInput(String name, String slug, String description, Long parentId) {
        this(name, slug, description, parentId, null, null, null);
    }

    /** A category's fields without aliases. */
    public CategoryInput(String name, String slug, String description, Long parentId, Long version) {
        this(name, slug, description, parentId, null, version, null);
    }
}
