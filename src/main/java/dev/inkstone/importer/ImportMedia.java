package dev.inkstone.importer;

/**
 * Attachments and images an import meets: WXR attachments, {@code _thumbnail_id}, front matter {@code cover} and
 * {@code image}, image files in a zip. Images are a separate feature; {@link LinkKeepingMedia} stands in until the
 * image service is wired here.
 */
public interface ImportMedia {

    /**
     * An image reference resolved: the stored image's id and URL, or the original URL kept with the reason it was not
     * stored.
     */
    record Resolved(Long imageId, String url, String missingReason) {
    }

    /** Stores or matches the image a source names by URL or path (the bytes may be in the upload, or not at all). */
    Resolved resolve(String reference);

    /** The body with image URLs pointing at stored images where they were matched. */
    String rewrite(String markdown);
}
