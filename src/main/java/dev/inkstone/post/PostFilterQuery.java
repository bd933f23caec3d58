package dev.inkstone.post;

import java.time.Instant;
import java.util.List;

import dev.inkstone.author.AuthorService;
import dev.inkstone.category.CategoryService;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.QueryParameters;
import dev.inkstone.tag.TagService;

/**
 * Reads the filter parameters of a post list: checks them and resolves tag and category slugs to ids (a category
 * filter covers its subtree); {@link PostRepository#listed} turns the result into conditions.
 */
final class PostFilterQuery {

    /** Bound on tag (or author) slugs in one filter, so a query string cannot build an unbounded IN list. */
    static final int MAX_TAGS = 20;

    private final TagService tags;
    private final CategoryService categories;
    private final AuthorService authors;

    PostFilterQuery(TagService tags, CategoryService categories, AuthorService authors) {
        this.tags = tags;
        this.categories = categories;
        this.authors = authors;
    }

    /**
     * Checks the filter parameters and resolves their slugs (400 naming the parameter when one is wrong). For
     * {@code publicOnly} (anonymous readers) a tag or category no visible post uses is an unknown slug.
     */
    PostListFilter resolve(PostFilters filters, boolean dated, boolean publicOnly) {
        List<String> tagSlugs = QueryParameters.list("tag", filters.tag, MAX_TAGS);
        boolean all = matchAll(filters.tagMatch);
        List<Long> tagIds = tagSlugs.isEmpty() ? null : tags.idsForSlugs(tagSlugs, "tag", publicOnly);
        List<Long> subtree = filters.category != null && !filters.category.isBlank()
                ? categories.subtreeIds(filters.category.strip(), "category", publicOnly) : null;
        List<String> authorSlugs = QueryParameters.list("author", filters.author, MAX_TAGS);
        List<Long> authorIds = authorSlugs.isEmpty() ? null : authors.idsForSlugs(authorSlugs, "author", publicOnly);
        Instant after = QueryParameters.instant("publishedAfter", filters.publishedAfter);
        Instant before = QueryParameters.instant("publishedBefore", filters.publishedBefore);
        Instant updated = QueryParameters.instant("updatedAfter", filters.updatedAfter);
        Boolean featured = null;
        if (filters.featuredImage != null && !filters.featuredImage.isEmpty()) {
            featured = switch (filters.featuredImage) {
                case "true" -> true;
                case "false" -> false;
                default -> throw ApiException.badParameter("featuredImage", "featuredImage must be true or false");
            };
        }
        return new PostListFilter(tagIds, all, subtree, authorIds, after, before, updated, featured, dated);
    }

    private static boolean matchAll(String tagMatch) {
        if (tagMatch == null || tagMatch.isEmpty() || tagMatch.equals("any")) {
            return false;
        }
        if (tagMatch.equals("all")) {
            return true;
        }
        throw ApiException.badParameter("tagMatch", "tagMatch must be any or all");
    }

}
