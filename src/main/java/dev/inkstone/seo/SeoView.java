package dev.inkstone.seo;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.image.ImageSummary;

/**
 * The {@code seo} object of a post, tag or category as the API returns it: always present, its fields null when not
 * set. Frontends fall back to the content's title and excerpt (or description) for a null title or description.
 */
@Schema(name = "Seo", description = "Search-engine and social-card overrides; null fields fall back to the "
        + "content's own title and excerpt or description")
public record SeoView(
        @Schema(nullable = true, examples = "算力差距高达百倍 | 老范说") String title,
        @Schema(nullable = true, examples = "Chinese AI leaders admit a hundredfold compute gap") String description,
        @Schema(nullable = true, examples = "https://lukefan.com/2026/01/13/china-ai-innovation/")
        String canonicalUrl,
        @Schema(nullable = true, description = "The og:image with its variant URLs") ImageSummary ogImage,
        @Schema(description = "Search engines are asked not to index it; it is not in the sitemap",
                examples = "false") boolean noindex) {

    /** The input that writes these values again (the og:image by id); null when nothing is set. */
    public SeoInput asInput() {
        if (title == null && description == null && canonicalUrl == null && ogImage == null && !noindex) {
            return null;
        }
        return new SeoInput(title, description, canonicalUrl, ogImage == null ? null : ogImage.id(),
                noindex ? true : null);
    }

    /** The view of one entity's SEO fields, its image taken from a batch loaded by {@link SeoService#ogImages}. */
    public static SeoView of(Seo seo, Map<Long, ImageSummary> ogImages) {
        if (seo == null) {
            return new SeoView(null, null, null, null, false);
        }
        return new SeoView(seo.title, seo.description, seo.canonicalUrl,
                seo.ogImageId == null ? null : ogImages.get(seo.ogImageId), seo.noindex);
    }
}
