package dev.inkstone.importer.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.inkstone.importer.item.ImportedPost.TermRef;

/**
 * What a Ghost export's posts refer to, from the first pass: tags, authors' display names and the posts' tag and
 * author links. Small beside the posts, which the second pass streams.
 */
final class GhostIndex {

    /** A tag row: the term, whether Ghost keeps it internal (a name starting with {@code #}), its description. */
    record Tag(String key, TermRef term, boolean internal, String description) {
    }

    private record Link(String targetId, int sortOrder, int row) {
    }

    int posts;
    final Map<String, Tag> tags = new LinkedHashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, List<Link>> postTags = new HashMap<>();
    private final Map<String, List<Link>> postAuthors = new HashMap<>();
    private int rows;

    void add(String table, JsonNode row) {
        switch (table) {
            case "posts" -> posts++;
            case "tags" -> tag(row);
            case "users" -> {
                String id = GhostJson.text(row, "id");
                if (id != null) {
                    users.put(id, GhostJson.text(row, "name"));
                }
            }
            case "posts_tags" -> link(postTags, row, "tag_id");
            case "posts_authors" -> link(postAuthors, row, "author_id");
            default -> { }
        }
    }

    private void tag(JsonNode row) {
        String id = GhostJson.text(row, "id");
        String name = GhostJson.text(row, "name");
        String slug = GhostJson.text(row, "slug");
        if (id == null || name == null && slug == null) {
            return;
        }
        // Ghost lowercases slugs on import; old exports may still carry one in capitals.
        slug = slug == null ? null : slug.toLowerCase(Locale.ROOT);
        boolean internal = name != null && name.startsWith("#") || "internal".equals(GhostJson.text(row, "visibility"));
        tags.put(id, new Tag("tag:" + (slug != null ? slug : name), new TermRef(name, slug), internal,
                GhostJson.text(row, "description")));
    }

    private void link(Map<String, List<Link>> links, JsonNode row, String targetField) {
        String post = GhostJson.text(row, "post_id");
        String target = GhostJson.text(row, targetField);
        if (post != null && target != null) {
            JsonNode order = row.get("sort_order");
            int sort = order != null && order.canConvertToInt() ? order.asInt() : Integer.MAX_VALUE;
            links.computeIfAbsent(post, k -> new ArrayList<>()).add(new Link(target, sort, rows++));
        }
    }

    /** A post's tags in their sort order (file order where the export has none). */
    List<Tag> tagsOf(String postId) {
        List<Tag> found = new ArrayList<>();
        for (Link link : sorted(postTags.get(postId))) {
            Tag tag = tags.get(link.targetId());
            if (tag != null) {
                found.add(tag);
            }
        }
        return found;
    }

    /** The display names of a post's authors: its {@code posts_authors} links in order, else {@code author_id}. */
    List<String> authorsOf(String postId, String authorId) {
        List<String> names = new java.util.ArrayList<>();
        for (Link link : sorted(postAuthors.get(postId))) {
            String name = users.get(link.targetId());
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty() && authorId != null && users.get(authorId) != null) {
            names.add(users.get(authorId));
        }
        return names;
    }

    private static List<Link> sorted(List<Link> links) {
        if (links == null) {
            return List.of();
        }
        return links.stream().sorted(Comparator.comparingInt(Link::sortOrder).thenComparingInt(Link::row)).toList();
    }
}
