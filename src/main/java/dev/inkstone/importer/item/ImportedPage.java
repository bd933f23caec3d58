package dev.inkstone.importer.item;

import java.time.Instant;

import dev.inkstone.page.PageStatus;

/**
 * A standalone page as a source gives it (an Inkstone export's pages). Sources send parents before their children,
 * so {@code parentSlug} names a page already written by the same import, or one that was there before.
 *
 * @param parentSlug the parent page's slug, or null for a top-level page
 * @param featured   the featured image as the source names it (an export's sha256), or null
 */
public record ImportedPage(String sourceKey, String title, String slug, PageStatus status, Instant publishedAt,
        String markdown, String excerpt, String parentSlug, int menuOrder, String featured) {
}
