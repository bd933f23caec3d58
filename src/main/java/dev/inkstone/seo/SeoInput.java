package dev.inkstone.seo;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.inkstone.common.json.IdReference;
import dev.inkstone.common.validation.CleanText;
import dev.inkstone.common.validation.HttpUrl;

/**
 * The {@code seo} object of a post, tag or category write. Every field is optional; an absent one is null in the
 * view and frontends fall back to the title and excerpt (or description). The object a GET shows can be sent back:
 * ogImage may be the image summary, whose id is used.
 */
@Schema(name = "SeoInput", description = "Search-engine and social-card overrides; absent fields fall back to the "
        + "content's own title and excerpt or description")
public record SeoInput(
        @Size(max = 300) @CleanText
        @Schema(nullable = true, description = "The <title> and og:title; falls back to the content's title",
                examples = "算力差距高达百倍 | 老范说") String title,
        @Size(max = 1000) @CleanText(multiline = true)
        @Schema(nullable = true, description = "The meta description; falls back to the excerpt or description",
                examples = "Chinese AI leaders admit a hundredfold compute gap") String description,
        @Size(max = 2000) @HttpUrl
        @Schema(nullable = true, description = "Absolute http(s) address of the canonical copy",
                examples = "https://lukefan.com/2026/01/13/china-ai-innovation/") String canonicalUrl,
        @JsonDeserialize(using = IdReference.class)
        @Schema(nullable = true, description = "Id of an uploaded image for og:image / twitter:image, or the image "
                + "object a GET shows", examples = "12", oneOf = { Long.class, IdObject.class }) Long ogImage,
        @Schema(nullable = true, description = "Ask search engines not to index it (and leave it out of the "
                + "sitemap); false when absent", examples = "false") Boolean noindex) {

    /** No overrides. */
    public static final SeoInput NONE = new SeoInput(null, null, null, null, null);

    /** The input that would write these values again; null when there are none, so unchanged bodies stay small. */
    public static SeoInput of(Seo seo) {
        if (seo == null || seo.isEmpty()) {
            return null;
        }
        return new SeoInput(seo.title, seo.description, seo.canonicalUrl, seo.ogImageId, seo.noindex ? true : null);
    }

    boolean noindexOrFalse() {
        return Boolean.TRUE.equals(noindex);
    }

    /** An image as a GET shows it inside seo: the id names it, other fields are ignored. */
    @Schema(name = "SeoImageReference", additionalProperties = Schema.True.class)
    record IdObject(@Schema(required = true, examples = "12") long id) {
    }
}
