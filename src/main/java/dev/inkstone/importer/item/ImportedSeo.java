package dev.inkstone.importer.item;

/**
 * SEO fields as a source gives them (an Inkstone export's seo object, a WordPress post's Yoast meta): unchecked text
 * and an image reference as the source names it (a URL or an exported image's sha256); the writer checks and cuts.
 */
public record ImportedSeo(String title, String description, String canonicalUrl, String ogImage, Boolean noindex) {

    /** Whether the source set anything at all. */
    public boolean isEmpty() {
        return title == null && description == null && canonicalUrl == null && ogImage == null
                && !Boolean.TRUE.equals(noindex);
    }
}
