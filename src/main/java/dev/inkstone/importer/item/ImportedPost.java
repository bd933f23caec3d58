package dev.inkstone.importer.item;

import java.time.Instant;
import java.util.List;

import dev.inkstone.post.PostStatus;

/**
 * A post as a source gives it, before it meets the post service: every reader (WXR, front matter, Inkstone JSON)
 * turns its input into these.
 *
 * @param slug        the slug the source asks for; null derives one from the title
 * @param markdown    the body as markdown (HTML from WordPress is kept as a raw HTML block)
 * @param excerpt     only when the source has one; null lets the post service derive it
 * @param categories  category paths, root first
 * @param authors     the byline in order, by display name and, when the source has one, slug
 * @param featured    the featured image as the source names it (URL or attachment reference), or null
 * @param notes       what the reader changed or dropped, for the item report
 * @param seo         SEO fields when the source has any (Inkstone export, Yoast meta), else null
 */
public record ImportedPost(String sourceKey, String title, String slug, PostStatus status, Instant publishedAt,
        String markdown, String excerpt, List<TermRef> tags, List<List<TermRef>> categories, List<TermRef> authors,
        String sourceUrl, String featured, List<String> notes, ImportedSeo seo) {

    /** A post without SEO fields: what most sources give. */
    public ImportedPost(String sourceKey, String title, String slug, PostStatus status, Instant publishedAt,
            String markdown, String excerpt, List<TermRef> tags, List<List<TermRef>> categories, List<TermRef> authors,
            String sourceUrl, String featured, List<String> notes) {
        this(sourceKey, title, slug, status, publishedAt, markdown, excerpt, tags, categories, authors, sourceUrl,
                featured, notes, null);
    }

    /** A tag, category or author as the source names it: a display name and, when the source has one, its slug. */
    public record TermRef(String name, String slug) {
    }
}
