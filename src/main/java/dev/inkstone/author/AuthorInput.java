package dev.inkstone.author;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.inkstone.common.json.IdReference;
import dev.inkstone.common.validation.CleanText;
import dev.inkstone.seo.SeoInput;

/**
 * Body of POST /api/v1/authors and the base of a PATCH. A client can send back the author it read: the derived fields
 * a GET shows are ignored, the avatar may be the image object it shows, and version is checked like If-Match.
 */
@Schema(name = "AuthorInput")
@JsonIgnoreProperties({ "id", "bioHtml", "postCount", "createdAt", "updatedAt" })
public record AuthorInput(
        @NotBlank @Size(max = 200) @CleanText @Schema(examples = "老范") String name,
        @Size(max = 120) @CleanText
        @Schema(nullable = true, examples = "老范", description = "Lower-case letters and digits of any script joined "
                + "by '-'; derived from the name when absent") String slug,
        @Size(max = 20_000) @CleanText(multiline = true)
        @Schema(nullable = true, description = "Markdown, rendered to bioHtml", examples = "写科技与商业的**老范**。")
        String bio,
        @JsonDeserialize(using = IdReference.class)
        @Schema(nullable = true, description = "Id of an uploaded image, or the image object a GET shows",
                examples = "12", oneOf = { Long.class, AvatarObject.class }) Long avatar,
        @Size(max = 2000) @CleanText
        @Schema(nullable = true, description = "An absolute http or https address", examples = "https://lukefan.com/")
        String website,
        @Valid @Schema(nullable = true, description = "SEO overrides of the author's page; absent or null means none")
        SeoInput seo,
        @Schema(nullable = true, description = "The version the client read; when present it must be the current "
                + "one, or the write is refused with 412, as with If-Match", examples = "3") Long version) {

    /** An author's fields without a version: a write that checks none. */
    public AuthorInput(String name, String slug, String bio, Long avatar, String website) {
        this(name, slug, bio, avatar, website, null, null);
    }

    /** An image as a GET shows it inside an author: the id names it, other fields are ignored. */
    @Schema(name = "AvatarReference", additionalProperties = Schema.True.class)
    record AvatarObject(@Schema(required = true, examples = "12") long id) {
    }
}
