package dev.inkstone.seo;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The SEO overrides of a post, tag or category (V36__add_seo_fields.sql): embedded, so giving another entity SEO
 * fields is one {@code @Embedded} field and the same five columns. Null fields mean "none": frontends fall back
 * to the title and excerpt or description.
 */
@Embeddable
public class Seo {

    @Column(name = "seo_title", length = 300)
    public String title;

    @Column(name = "seo_description", length = 1000)
    public String description;

    @Column(name = "seo_canonical_url", length = 2000)
    public String canonicalUrl;

    /** An image's id (fk_&lt;table&gt;_seo_og_image). */
    @Column(name = "seo_og_image_id")
    public Long ogImageId;

    @Column(name = "seo_noindex", nullable = false)
    public boolean noindex;

    /** Whether this holds the same values as the input (null input: no overrides at all). */
    boolean matches(SeoInput input) {
        SeoInput wanted = input == null ? SeoInput.NONE : input;
        return Objects.equals(title, wanted.title()) && Objects.equals(description, wanted.description())
                && Objects.equals(canonicalUrl, wanted.canonicalUrl()) && Objects.equals(ogImageId, wanted.ogImage())
                && noindex == wanted.noindexOrFalse();
    }

    boolean isEmpty() {
        return matches(SeoInput.NONE);
    }
}
