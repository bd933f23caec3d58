package dev.inkstone.tag;

import java.util.List;

import jakarta.validation.Valid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.inkstone.common.validation.CleanText;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.term.TermAliases;

/**
 * Body of POST /api/v1/tags and PUT /api/v1/tags/{id}. A client can send back the tag it read: the derived fields a
 * GET shows are ignored and version is checked like If-Match. Any other unknown field is a 400.
 */
@Schema(name = "TagInput")
@JsonIgnoreProperties({ "id", "postCount", "createdAt", "updatedAt" })
public record TagInput(
        @NotBlank @Size(max = 100) @CleanText @Schema(examples = "机器学习") String name,
        @Size(max = 120) @CleanText
        @Schema(examples = "机器学习", description = "Lower-case letters and digits of any script joined by '-'; "
                + "derived from the name when absent") String slug,
        @Size(max = 2000) @CleanText(multiline = true) @Schema(examples = "关于机器学习的文章") String description,
        @Valid @Schema(nullable = true, description = "SEO overrides; absent or null means none") SeoInput seo,
        @Schema(nullable = true, description = "The version the client read (a GET shows it). When present it must "
                + "be the current one, or the write is refused with 412 and nothing changes, as with If-Match; "
                + "ignored when the write creates", examples = "3") Long version,
        @Size(max = TermAliases.MAX)
        @Schema(nullable = true, description = "Names of the tag in other languages (up to 10): a search in any of "
                + "them finds the tag's posts. Absent or null is none", examples = "[\"容器编排\", \"k8s\"]")
        List<@NotBlank @Size(max = 100) @CleanText String> aliases) {

    /** A tag's fields without a version: a write that checks none. */
    public TagInput(String name, String slug, String description) {
        this(name, slug, description, null, null, null);
    }

    /** A tag's fields without aliases. */
    public TagInput(String name, String slug, String description, Long version) {
        this(name, slug, description, null, version, null);
    }
}
