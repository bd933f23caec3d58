package dev.inkstone.post;

import java.time.Instant;
import java.util.List;

import dev.inkstone.category.CategoryService;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.QueryParameters;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.tag.TagService;

/**
 * Turns the filter parameters of a post list into conditions. Tag and category filters go through the join tables'
 * primary keys and ix_post_tag_tag_id / ix_post_category_category_id; a category filter covers its subtree via
 * ix_category_tree_path; date filters are ranges of ix_post_visible_at and ix_post_updated_at.
 */
final class PostFilterQuery {

    /** Bound on tag slugs in one filter, so a query string cannot build an unbounded IN list. */
    static final int MAX_TAGS = 20;

    private final TagService tags;
    private final CategoryService categories;

    PostFilterQuery(TagService tags, CategoryService categories) {
        this.tags = tags;
        this.categories = categories;
    }

    /**
     * Adds the filters' conditions and returns a key naming them, for caching the filtered list's total. For
     * {@code publicOnly} (anonymous readers) a tag or category no visible post uses is an unknown slug.
     */
    String apply(ListQuery<Post> query, PostFilters filters, boolean dated, boolean publicOnly) {
        StringBuilder key = new StringBuilder();
        List<String> tagSlugs = QueryParameters.list("tag", filters.tag, MAX_TAGS);
        boolean all = matchAll(filters.tagMatch);
        if (!tagSlugs.isEmpty()) {
            List<Long> ids = tags.idsForSlugs(tagSlugs, "tag", publicOnly);
            key.append("tags=").append(ids.stream().sorted().toList()).append(all ? "all" : "any");
            if (all) {
                query.where("(select count(t) from e.tagIds t where t in :tagIds) = " + ids.size(), "tagIds", ids);
            } else {
                query.where("exists (select t from e.tagIds t where t in :tagIds)", "tagIds", ids);
            }
        }
        if (filters.category != null && !filters.category.isBlank()) {
            List<Long> subtree = categories.subtreeIds(filters.category.strip(), "category", publicOnly);
            query.where("exists (select c from e.categoryIds c where c in :categoryIds)", "categoryIds", subtree);
            key.append("|categories=").append(subtree.stream().sorted().toList());
        }
        // For posts that are not drafts visibleAt equals publishedAt and has the index; drafts only have publishedAt.
        String published = dated ? "e.visibleAt" : "e.publishedAt";
        Instant after = QueryParameters.instant("publishedAfter", filters.publishedAfter);
        if (after != null) {
            query.where(published + " > :publishedAfter", "publishedAfter", after);
            key.append("|after=").append(after);
        }
        Instant before = QueryParameters.instant("publishedBefore", filters.publishedBefore);
        if (before != null) {
            query.where(published + " < :publishedBefore", "publishedBefore", before);
            key.append("|before=").append(before);
        }
        Instant updated = QueryParameters.instant("updatedAfter", filters.updatedAfter);
        if (updated != null) {
            query.where("e.updatedAt > :updatedAfter", "updatedAfter", updated);
            key.append("|updated=").append(updated);
        }
        if (filters.featuredImage != null && !filters.featuredImage.isEmpty()) {
            boolean present = switch (filters.featuredImage) {
                case "true" -> true;
                case "false" -> false;
                default -> throw ApiException.badParameter("featuredImage", "featuredImage must be true or false");
            };
            query.where(present ? "e.featuredImageId is not null" : "e.featuredImageId is null", null, null);
            key.append("|featuredImage=").append(present);
        }
        return key.toString();
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
