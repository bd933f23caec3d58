package dev.inkstone.post;

import java.time.Instant;
import java.util.List;

/**
 * A post list's filters with their parameters checked and their slugs resolved to ids; null or empty where absent.
 * {@code dated}: the list holds only published or scheduled posts, so the date filters can read visibleAt.
 */
record PostListFilter(List<Long> tagIds, boolean allTags, List<Long> categoryIds, List<Long> authorIds, Instant publishedAfter,
        Instant publishedBefore, Instant updatedAfter, Boolean featuredImage, boolean dated) {

    /** A key naming these filters, for caching the filtered list's total. */
    String key() {
        StringBuilder key = new StringBuilder();
        if (tagIds != null) {
            key.append("tags=").append(tagIds.stream().sorted().toList()).append(allTags ? "all" : "any");
        }
        if (categoryIds != null) {
            key.append("|categories=").append(categoryIds.stream().sorted().toList());
        }
        if (authorIds != null) {
            key.append("|authors=").append(authorIds.stream().sorted().toList());
        }
        if (publishedAfter != null) {
            key.append("|after=").append(publishedAfter);
        }
        if (publishedBefore != null) {
            key.append("|before=").append(publishedBefore);
        }
        if (updatedAfter != null) {
            key.append("|updated=").append(updatedAfter);
        }
        if (featuredImage != null) {
            key.append("|featuredImage=").append(featuredImage);
        }
        return key.toString();
    }
}
