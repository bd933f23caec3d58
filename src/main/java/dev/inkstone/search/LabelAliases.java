package dev.inkstone.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;

/**
 * The aliases (names in other languages) of the tags and categories of a batch of posts, indexed with their names:
 * two queries per batch, whatever its size. A changed alias is a tag or category change in the log, so the posts
 * that carry it are indexed again.
 */
@ApplicationScoped
class LabelAliases {

    private final TagService tags;
    private final CategoryService categories;
    /** Off (inkstone.search.forgiving.aliases), no alias is read: posts are indexed with their labels' names only. */
    private final boolean enabled;

    LabelAliases(TagService tags, CategoryService categories, SearchConfig config) {
        this.tags = tags;
        this.categories = categories;
        this.enabled = config.forgiving().aliases();
    }

    /** For each post id, its labels' aliases (empty when none, or when aliases are configured off). */
    Map<Long, List<String>> of(Collection<PostView> posts) {
        Set<Long> tagIds = new HashSet<>();
        Set<Long> categoryIds = new HashSet<>();
        for (PostView post : posts) {
            post.tags().forEach(t -> tagIds.add(t.id()));
            post.categories().forEach(c -> categoryIds.add(c.id()));
        }
        Map<Long, List<String>> byTag = !enabled || tagIds.isEmpty() ? Map.of() : tags.aliases(tagIds);
        Map<Long, List<String>> byCategory = !enabled || categoryIds.isEmpty() ? Map.of() : categories.aliases(categoryIds);
        Map<Long, List<String>> byPost = new HashMap<>();
        for (PostView post : posts) {
            List<String> aliases = new ArrayList<>();
            for (TagSummary tag : post.tags()) {
                aliases.addAll(byTag.getOrDefault(tag.id(), List.of()));
            }
            for (CategorySummary category : post.categories()) {
                aliases.addAll(byCategory.getOrDefault(category.id(), List.of()));
            }
            byPost.put(post.id(), aliases);
        }
        return byPost;
    }
}
