package dev.inkstone.importer.media;

import java.util.List;

import dev.inkstone.importer.item.ImageMeta;

/**
 * Attachments and images an import meets (WXR attachments, {@code _thumbnail_id}, front matter {@code cover}, images
 * in bodies, an Inkstone export's images), resolved to stored images through the image service. Bytes come only from
 * the import's own files ({@link MediaBundle}); remote URLs are never fetched.
 */
public interface ImportMedia {

    /** A resolver for one job over the files that came with it; a dry run stores nothing. */
    Job start(MediaBundle files, boolean dryRun);

    /** A stored image; in a dry run, an image that would be stored has only its digest. */
    record ImageRef(Long id, String sha256, String url) {
    }

    /**
     * What one reference came to: the image (created by this job or found), or the reason it is missing. A missing
     * image leaves the reference as it was, so the post keeps its working link.
     */
    record Resolved(String reference, ImageRef image, boolean created, String missingReason) {
        public boolean found() {
            return image != null;
        }
    }

    /** A body with the references that were matched pointing at our media URLs, and every image reference in it. */
    record Rewritten(String markdown, List<Resolved> references) {
    }

    /** One job's resolver; it remembers each file and digest it met, so a file is read and stored once per job. */
    interface Job {

        /** An image a source names by URL, path or (Inkstone exports) digest, relative to the post file if any. */
        Resolved resolve(String reference, String relativeTo, ImageMeta meta);

        /** Markdown images, and {@code <img src>}, {@code srcset} and image links in HTML, rewritten where matched. */
        Rewritten rewrite(String markdown, String relativeTo);
    }
}
