package dev.inkstone.content;

import java.util.Collection;
import java.util.Map;

/**
 * How many posts carry each tag, category or author, for their views' postCount. Owned here and implemented by the post
 * feature, so tags, categories and authors can show counts without depending on posts (which depend on them).
 */
public interface PostCounts {

    /** Published posts per tag, for the given tags (0 for a tag no published post carries). */
    Map<Long, Long> byTag(Collection<Long> tagIds);

    /** Published posts filed directly in each of the given categories. */
    Map<Long, Long> byCategory(Collection<Long> categoryIds);

    /** Published posts per tag for every tag that has any. */
    Map<Long, Long> allByTag();

    /** Published posts filed directly in each category that has any. */
    Map<Long, Long> allByCategory();

    /** Published posts per author, for the given authors (0 for an author of no published post). */
    Map<Long, Long> byAuthor(Collection<Long> authorIds);

    /** Published posts per author for every author that has any. */
    Map<Long, Long> allByAuthor();

    /** Whether any post, published or not, is filed in the category. */
    boolean anyInCategory(long categoryId);
}
