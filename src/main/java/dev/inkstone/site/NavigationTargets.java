package dev.inkstone.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.category.CategoryView;
import dev.inkstone.page.PageService;
import dev.inkstone.page.PageView;
import dev.inkstone.post.PostReferences;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;
import dev.inkstone.tag.TagView;

/**
 * Resolves the references of navigation items to their targets' current slugs: one batch per kind of target,
 * whatever the number of items, through each feature's public service.
 */
@ApplicationScoped
class NavigationTargets {

    private final PostReferences posts;
    private final TagService tags;
    private final CategoryService categories;
    private final PageService pages;

    NavigationTargets(PostReferences posts, TagService tags, CategoryService categories, PageService pages) {
        this.pages = pages;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
    }

    /** Current slugs by id of each kind of target the caller may see. */
    record Resolved(Map<Long, String> posts, Map<Long, String> tags, Map<Long, String> categories,
            Map<Long, List<String>> pages) {

        /** The item as read, or null when its target is gone or hidden from the caller. */
        NavigationItem item(NavigationItemInput in) {
            if (in.url() != null) {
                return new NavigationItem(in.label(), "url", in.url(), null, null, null, null, null, null);
            }
            if (in.pageId() != null) {
                List<String> path = pages.get(in.pageId());
                return path == null ? null : new NavigationItem(in.label(), "page", null, null, null, null,
                        in.pageId(), path.get(path.size() - 1), path);
            }
            String slug = in.postId() != null ? posts.get(in.postId())
                    : in.tagId() != null ? tags.get(in.tagId())
                    : in.categoryId() != null ? categories.get(in.categoryId()) : null;
            if (slug == null) {
                return null;
            }
            return new NavigationItem(in.label(), targetFields(in).get(0).replace("Id", ""), null, in.postId(),
                    in.tagId(), in.categoryId(), null, slug, null);
        }
    }

    /** The target fields an item sets, in a fixed order: exactly one is valid. */
    static List<String> targetFields(NavigationItemInput item) {
        List<String> set = new ArrayList<>(1);
        if (item.url() != null) {
            set.add("url");
        }
        if (item.postId() != null) {
            set.add("postId");
        }
        if (item.tagId() != null) {
            set.add("tagId");
        }
        if (item.categoryId() != null) {
            set.add("categoryId");
        }
        if (item.pageId() != null) {
            set.add("pageId");
        }
        return set;
    }

    /**
     * At most one query per kind of target (none for a kind no item names): without {@code mayReadDrafts}, posts
     * anonymous readers cannot see yet and tags and categories no visible post carries are left out, as in their
     * own endpoints.
     */
    Resolved resolve(Collection<NavigationItemInput> items, boolean mayReadDrafts) {
        Set<Long> postIds = ids(items, NavigationItemInput::postId);
        Set<Long> tagIds = ids(items, NavigationItemInput::tagId);
        Set<Long> categoryIds = ids(items, NavigationItemInput::categoryId);
        Map<Long, String> tagSlugs = tagIds.isEmpty() ? Map.of()
                : mayReadDrafts ? slugs(tags.summaries(tagIds), TagSummary::slug)
                : slugs(tags.views(tagIds, true), TagView::slug);
        Map<Long, String> categorySlugs = categoryIds.isEmpty() ? Map.of()
                : mayReadDrafts ? slugs(categories.summaries(categoryIds), CategorySummary::slug)
                : slugs(categories.views(categoryIds, true), CategoryView::slug);
        Set<Long> pageIds = ids(items, NavigationItemInput::pageId);
        Map<Long, List<String>> pagePaths = pageIds.isEmpty() ? Map.of() : pages.views(pageIds, mayReadDrafts)
                .values().stream().collect(Collectors.toMap(PageView::id, PageView::path));
        return new Resolved(posts.slugs(postIds, mayReadDrafts), tagSlugs, categorySlugs, pagePaths);
    }

    private static Set<Long> ids(Collection<NavigationItemInput> items, Function<NavigationItemInput, Long> field) {
        return items.stream().map(field).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<Long, String> slugs(Map<Long, T> byId, Function<T, String> slug) {
        return byId.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> slug.apply(e.getValue())));
    }
}
