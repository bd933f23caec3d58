package dev.inkstone.importer.item;

import java.time.Instant;
import java.util.List;

import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.page.PageStatus;

/**
 * A standalone page as a source gives it (an Inkstone export's pages). Sources send parents before their children,
 * so {@code parentSlug} names a page already written by the same import, or one that was there before.
 *
 * @param parentSlug the parent page's slug, or null for a top-level page
 * @param featured   the featured image as the source names it (an export's sha256), or null
 * @param authors    the byline in order, as for posts; empty when the source names none
 * @param seo        SEO fields as the source gives them, or null
 */
public record ImportedPage(String sourceKey, String title, String slug, PageStatus status, Instant publishedAt,
        String markdown, String excerpt, String parentSlug, int menuOrder, String featured,
        List<TermRef> authors, ImportedSeo seo) {

    public ImportedPage {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A page from a source that gives no byline or SEO fields. */
    public ImportedPage(String sourceKey, String title, String slug, PageStatus status, Instant publishedAt,
            String markdown, String excerpt, String parentSlug, int menuOrder, String featured) {
        this(sourceKey, title, slug, status, publishedAt, markdown, excerpt, parentSlug, menuOrder, featured,
                List.of(), null);
    }
}
