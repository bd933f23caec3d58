package dev.inkstone.post;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorSummary;
import dev.inkstone.author.AuthorView;
import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.json.FieldSelection;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;
import dev.inkstone.tag.TagView;

/**
 * Post lists shaped by {@code fields=} and {@code include=}: included tags and categories are loaded for the whole
 * page at once (a fixed number of queries whatever the page size), then each item keeps only the asked fields.
 */
@ApplicationScoped
@Transactional
public class PostListing {

    /** Names {@code fields=} accepts: the fields of a post. */
    static final List<String> FIELDS = List.of("id", "slug", "title", "status", "publishedAt", "createdAt",
            "updatedAt", "markdown", "html", "excerpt", "readingMinutes", "wordCount", "featuredImage", "tags",
            "categories", "sourceUrl", "authors", "seo", "version");
    /** Names {@code include=} accepts: related resources embedded in full instead of as summaries. */
    static final List<String> INCLUDES = List.of("tags", "categories", "authors");

    private final PostService posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ObjectMapper mapper;
    private final AuthorService authors;

    PostListing(PostService posts, TagService tags, CategoryService categories, ObjectMapper mapper,
            AuthorService authors) {
        this.authors = authors;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.mapper = mapper;
    }

    public Page<Object> list(PageRequest request, StatusFilter status, PostFilters filters, String fields,
            String include, boolean publicOnly) {
        FieldSelection selected = FieldSelection.parse(fields, FIELDS, "fields");
        FieldSelection included = FieldSelection.parse(include, INCLUDES, "include");
        // Bodies are large: a list carries them only when fields= names them.
        boolean bodies = selected.has("markdown") || selected.has("html");
        Page<PostView> page = posts.list(request, status, filters, bodies, publicOnly);
        if (selected.isAll() && included.isAll()) {
            return new Page<>(List.copyOf(page.items()), page.page(), page.nextCursor());
        }
        Map<Long, TagView> tagViews = included.has("tags") ? tags.views(tagIds(page.items())) : Map.of();
        Map<Long, CategoryView> categoryViews = included.has("categories")
                ? categories.views(categoryIds(page.items())) : Map.of();
        Map<Long, AuthorView> authorViews = included.has("authors")
                ? authors.views(authorIds(page.items()), publicOnly) : Map.of();
        List<Object> items = new ArrayList<>();
        for (PostView post : page.items()) {
            ObjectNode item = mapper.valueToTree(post);
            if (included.has("tags")) {
                item.set("tags", expand(post.tags().stream().map(TagSummary::id).toList(), tagViews));
            }
            if (included.has("categories")) {
                item.set("categories",
                        expand(post.categories().stream().map(CategorySummary::id).toList(), categoryViews));
            }
            if (included.has("authors")) {
                item.set("authors", expand(post.authors().stream().map(AuthorSummary::id).toList(), authorViews));
            }
            if (!selected.isAll()) {
                retain(item, selected.names());
            }
            items.add(item);
        }
        return new Page<>(items, page.page(), page.nextCursor());
    }

    private ArrayNode expand(List<Long> ids, Map<Long, ?> views) {
        ArrayNode array = mapper.createArrayNode();
        for (Long id : ids) {
            Object view = views.get(id);
            if (view != null) {
                array.add(mapper.valueToTree(view));
            }
        }
        return array;
    }

    private static void retain(ObjectNode item, Set<String> names) {
        Iterator<String> keys = item.fieldNames();
        while (keys.hasNext()) {
            if (!names.contains(keys.next())) {
                keys.remove();
            }
        }
    }

    private static Set<Long> tagIds(List<PostView> posts) {
        Set<Long> ids = new LinkedHashSet<>();
        posts.forEach(p -> p.tags().forEach(t -> ids.add(t.id())));
        return ids;
    }

    private static Set<Long> authorIds(List<PostView> posts) {
        Set<Long> ids = new LinkedHashSet<>();
        posts.forEach(p -> p.authors().forEach(a -> ids.add(a.id())));
        return ids;
    }

    private static Set<Long> categoryIds(List<PostView> posts) {
        Set<Long> ids = new LinkedHashSet<>();
        posts.forEach(p -> p.categories().forEach(c -> ids.add(c.id())));
        return ids;
    }
}
