package dev.inkstone.importer.write;

import java.util.ArrayList;
import java.util.List;

import dev.inkstone.common.hash.Sha256;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.media.ImportMedia;
import dev.inkstone.importer.source.ImportFormat;

/**
 * A post's images, resolved before its transaction (storing an image decodes it, which takes a while and needs no
 * connection): the body with matched references rewritten, the featured image, the report lines, and a fingerprint
 * of what matched, so a re-run that finds the same images sees an unchanged post and one that finds new files
 * updates it.
 *
 * @param featuredUrl an external featured image: the address a Markdown, Inkstone or saved-page item names when its
 *                    file did not come with the import (a clipped page's first picture), so the post still shows it
 */
record PostMedia(String markdown, Long featuredId, String featuredUrl, Long ogImageId, List<ReportLine> lines,
        String fingerprint) {

    static PostMedia resolve(ImportRun run, ImportedPost post, String key) {
        String relativeTo = run.kind.equals(ImportFormat.MARKDOWN.kind()) ? post.sourceKey() : null;
        List<ReportLine> lines = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        Long featuredId = null;
        String featuredUrl = null;
        if (post.featured() != null && !post.featured().isBlank()) {
            ImportMedia.Resolved featured = run.media.resolve(post.featured(), relativeTo, null);
            featuredId = featured.found() ? featured.image().id() : null;
            // WordPress and Ghost name their own uploads, which the import should carry: a missing one stays missing.
            // A clipped or saved page names the picture on its site, which an HTML-only save did not keep.
            boolean keepsAddress = run.kind.equals(ImportFormat.MARKDOWN.kind())
                    || run.kind.equals(ImportFormat.INKSTONE.kind()) || run.kind.equals(ImportFormat.HTML.kind());
            if (featuredId == null && keepsAddress && isHttp(post.featured())) {
                featuredUrl = post.featured().strip();
            }
            line(lines, fingerprint, key, featuredUrl == null ? "featured image"
                    : "featured image (kept as an external address)", featured);
        }
        Long ogImageId = null;
        String ogImage = post.seo() == null ? null : post.seo().ogImage();
        if (ogImage != null && !ogImage.isBlank()) {
            ImportMedia.Resolved resolved = run.media.resolve(ogImage, relativeTo, null);
            ogImageId = resolved.found() ? resolved.image().id() : null;
            line(lines, fingerprint, key, "og:image", resolved);
        }
        ImportMedia.Rewritten body = run.media.rewrite(post.markdown(), relativeTo);
        for (ImportMedia.Resolved reference : body.references()) {
            line(lines, fingerprint, key, "image in the body", reference);
        }
        return new PostMedia(body.markdown(), featuredId, featuredUrl, ogImageId, lines, fingerprint.toString());
    }

    private static boolean isHttp(String reference) {
        String lower = reference.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() <= 2000;
    }

    /** The fingerprint of the post with its images: equal means nothing to update. */
    String contentHash(ImportedPost post) {
        String text = PostFingerprint.of(post);
        return fingerprint.isEmpty() ? text : Sha256.hex(text + fingerprint);
    }

    private static void line(List<ReportLine> lines, StringBuilder fingerprint, String key, String what,
            ImportMedia.Resolved resolved) {
        String lineKey = ImportText.key(key + "#" + what + ":" + resolved.reference());
        if (resolved.found()) {
            fingerprint.append(what).append('\u0001').append(resolved.reference()).append('\u0001')
                    .append(resolved.image().sha256()).append('\u0000');
            if (resolved.created()) {
                lines.add(new ReportLine("image", lineKey, resolved.reference(), ImportOutcome.CREATED,
                        what + ": stored", resolved.image().id(), null));
            }
        } else {
            lines.add(ReportLine.without("image", lineKey, resolved.reference(), ImportOutcome.MISSING,
                    what + ": " + resolved.missingReason()));
        }
    }
}
