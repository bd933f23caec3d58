package dev.inkstone.importer.item;

/**
 * An author (a public byline) as a source gives it (an Inkstone export's authors): unchecked text, the avatar as the
 * source names the image (an exported image's sha256); the writer checks and cuts.
 *
 * @param slug   the author's slug; posts and pages of the same source name the author by it
 * @param avatar the avatar as the source names it, or null
 * @param seo    SEO fields as the source gives them, or null
 */
public record ImportedAuthor(String sourceKey, String name, String slug, String bio, String website, String avatar,
        ImportedSeo seo) {
}
