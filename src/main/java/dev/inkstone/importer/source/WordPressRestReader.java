package dev.inkstone.importer.source;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.parser.Parser;

import dev.inkstone.common.text.Slugs;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.page.PageStatus;
import dev.inkstone.post.PostStatus;

/**
 * Reads a live WordPress through its REST API ({@code /wp-json/wp/v2/}): categories (their parents make the tree),
 * tags, users (authors' display names), media (alt text, captions) and pages are listed first, then posts are sent page
 * by page, following {@code X-WP-TotalPages}. With an application password the lists use {@code context=edit}, so
 * drafts, pending, private and scheduled posts come too, with their hand-written excerpts. Items are keyed as a WXR
 * export of the same site keys them (the post's guid, {@code category:<slug>}, {@code tag:<slug>}), so a blog moved
 * with an export and then read live is updated, not imported twice.
 */
public final class WordPressRestReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATUSES = "publish,future,draft,pending,private";

    private final WordPressSite site;
    private final int perPage;
    private final int maxPages;
    private final long maxBytes;
    private final boolean fetchMedia;
    /** {@code wp-json/wp/v2/}, or the {@code ?rest_route=} form for sites without pretty permalinks. */
    private String route;

    public WordPressRestReader(WordPressSite site, int perPage, int maxPages, long maxBytes, boolean fetchMedia) {
        this.site = site;
        this.perPage = perPage;
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
        this.fetchMedia = fetchMedia;
    }

    /** A category as the site lists it. */
    private record Term(String name, String slug, long parent, String description) {
    }

    private record Media(String key, String title, String url, ImageMeta meta) {
    }

    public void read(ItemSink sink) throws IOException, BadImportFile {
        Map<Long, Term> categories = new LinkedHashMap<>();
        for (JsonNode node : all("categories")) {
            categories.put(node.path("id").asLong(), new Term(text(node.path("name").asText()),
                    WxrReader.decode(node.path("slug").asText()), node.path("parent").asLong(),
                    blankToNull(node.path("description").asText())));
        }
        Map<Long, TermRef> tags = new LinkedHashMap<>();
        Map<Long, String> tagDescriptions = new HashMap<>();
        for (JsonNode node : all("tags")) {
            long id = node.path("id").asLong();
            tags.put(id, new TermRef(text(node.path("name").asText()), WxrReader.decode(node.path("slug").asText())));
            tagDescriptions.put(id, blankToNull(node.path("description").asText()));
        }
        Map<Long, TermRef> authors = new HashMap<>();
        for (JsonNode node : all("users")) {
            // A user's display name and slug (WordPress' author_nicename) become an author's byline.
            String name = blankToNull(text(node.path("name").asText()));
            if (name != null) {
                authors.put(node.path("id").asLong(), new TermRef(name, blankToNull(node.path("slug").asText())));
            }
        }
        Map<Long, Media> media = new LinkedHashMap<>();
        for (JsonNode node : all("media")) {
            long id = node.path("id").asLong();
            String url = node.path("source_url").asText(null);
            String alt = blankToNull(node.path("alt_text").asText());
            String caption = blankToNull(text(node.path("caption").path("rendered").asText()));
            media.put(id, new Media(key(node, "attachment"), text(node.path("title").path("rendered").asText()), url,
                    alt == null && caption == null ? null : new ImageMeta(null, null, alt, caption, null, null)));
        }
        List<JsonNode> pages = all("pages");
        Answer first = page("posts", 1);

        sink.total(categories.size() + tags.size() + media.size() + pages.size() + Math.max(0, first.total));
        for (Map.Entry<Long, Term> category : byDepth(categories)) {
            sink.category("category:" + category.getValue().slug(), path(categories, category.getKey()),
                    category.getValue().description());
        }
        for (Map.Entry<Long, TermRef> tag : tags.entrySet()) {
            sink.tag("tag:" + tag.getValue().slug(), tag.getValue(), tagDescriptions.get(tag.getKey()));
        }
        for (Media item : media.values()) {
            if (fetchMedia) {
                sink.attachment(item.key(), item.title(), item.url(), item.meta());
            } else {
                sink.skip("attachment", item.key(), item.url() != null ? item.url() : item.title(),
                        "not fetched: start the import with \"fetchMedia\": true to store the site's images");
            }
        }
        Lookup lookup = new Lookup(categories, tags, authors, media);
        int totalPages = Math.min(Math.max(first.totalPages, 1), maxPages);
        sendPosts(first.items, lookup, sink);
        for (int number = 2; number <= totalPages; number++) {
            Answer answer;
            try {
                answer = page("posts", number);
            } catch (BadImportFile | ImportLimitException e) {
                // One broken page (a plugin's PHP error, a timeout) loses its posts, not the whole import.
                sink.failed("posts", site.base().resolve(route("posts", number)).toString(),
                        "posts page " + number + " of " + totalPages, e.getMessage() + "; the posts on it are not "
                                + "imported: run the import again to retry them");
                continue;
            }
            sendPosts(answer.items, lookup, sink);
        }
        Map<Long, JsonNode> pagesById = new LinkedHashMap<>();
        pages.forEach(page -> pagesById.put(page.path("id").asLong(), page));
        Map<Long, String> sentSlugs = new HashMap<>();
        for (Long id : pagesById.keySet()) {
            sendPage(id, pagesById, sentSlugs, new HashSet<>(), lookup, sink);
        }
    }

    /**
     * A page after its parent (the REST {@code parent} is the parent's id). A parent that was not sent (protected,
     * unreadable, a loop) leaves the child at the top level rather than losing it.
     */
    private void sendPage(long id, Map<Long, JsonNode> pages, Map<Long, String> sentSlugs, Set<Long> visiting,
            Lookup lookup, ItemSink sink) {
        JsonNode node = pages.get(id);
        if (node == null || sentSlugs.containsKey(id) || !visiting.add(id)) {
            return;
        }
        long parentId = node.path("parent").asLong(0);
        if (parentId > 0) {
            sendPage(parentId, pages, sentSlugs, visiting, lookup, sink);
        }
        sentSlugs.put(id, null);
        String key = key(node, "page");
        String title = title(node);
        String status = node.path("status").asText("publish");
        if (Set.of("trash", "auto-draft", "inherit").contains(status)) {
            sink.skip("page", key, title, "status '" + status + "' is not imported");
            return;
        }
        PageStatus pageStatus = status.equals("publish") || status.equals("future") ? PageStatus.PUBLISHED
                : PageStatus.DRAFT;
        JsonNode content = node.path("content");
        if (content.path("protected").asBoolean(false)) {
            if (!site.authenticated()) {
                sink.skip("page", key, title, "password-protected: its body needs an application password");
                return;
            }
            pageStatus = PageStatus.DRAFT;
        }
        String slug = Slugs.fromUrl(node.path("slug").asText(""));
        if (title.isEmpty()) {
            title = !slug.isEmpty() ? slug : "Untitled " + node.path("id").asText();
        }
        if (slug.isEmpty()) {
            slug = Slugs.slugifyOrFallback(title, "page"); // as the import writer would derive it
        }
        sentSlugs.put(id, slug);
        long featuredId = node.path("featured_media").asLong(0);
        Media featured = lookup.media().get(featuredId);
        String excerpt = site.authenticated() ? blankToNull(node.path("excerpt").path("raw").asText()) : null;
        sink.page(new ImportedPage(key, title, slug, pageStatus, date(node),
                WordPressHtml.toMarkdown(content.path("rendered").asText("")), excerpt,
                parentId > 0 ? sentSlugs.get(parentId) : null, node.path("menu_order").asInt(0),
                featured != null ? featured.url() : null));
    }

    private record Lookup(Map<Long, Term> categories, Map<Long, TermRef> tags, Map<Long, TermRef> authors,
            Map<Long, Media> media) {
    }

    private void sendPosts(List<JsonNode> posts, Lookup lookup, ItemSink sink) {
        for (JsonNode node : posts) {
            String key = key(node, "post");
            String title = title(node);
            ImportedPost post;
            try {
                post = post(node, key, title, lookup);
            } catch (RuntimeException e) {
                sink.skip("post", key, title, "could not read the post (" + e.getClass().getSimpleName() + ")");
                continue;
            }
            if (post != null) {
                sink.post(post);
            } else {
                sink.skip("post", key, title, "password-protected: its body needs an application password");
            }
        }
    }

    private ImportedPost post(JsonNode node, String key, String title, Lookup lookup) {
        List<String> notes = new ArrayList<>();
        String status = node.path("status").asText("publish");
        PostStatus postStatus = status.equals("publish") || status.equals("future") ? PostStatus.PUBLISHED
                : PostStatus.DRAFT;
        if (status.equals("private")) {
            notes.add("private post imported as a draft");
        }
        JsonNode content = node.path("content");
        if (content.path("protected").asBoolean(false)) {
            if (!site.authenticated()) {
                return null;
            }
            if (postStatus != PostStatus.DRAFT) {
                postStatus = PostStatus.DRAFT;
                notes.add("password-protected post imported as a draft");
            }
        }
        String slug = Slugs.fromUrl(node.path("slug").asText(""));
        if (title.isEmpty()) {
            title = !slug.isEmpty() ? slug : "Untitled " + node.path("id").asText();
            notes.add("empty title: named '" + title + "'");
        }
        List<TermRef> tags = new ArrayList<>();
        for (JsonNode id : node.path("tags")) {
            TermRef tag = lookup.tags().get(id.asLong());
            if (tag != null) {
                tags.add(tag);
            }
        }
        List<List<TermRef>> categories = new ArrayList<>();
        for (JsonNode id : node.path("categories")) {
            if (lookup.categories().containsKey(id.asLong())) {
                categories.add(path(lookup.categories(), id.asLong()));
            }
        }
        long featuredId = node.path("featured_media").asLong(0);
        Media featured = lookup.media().get(featuredId);
        String link = node.path("link").asText(null);
        // WordPress derives an excerpt when none was written; only the edit context tells a hand-written one apart.
        String excerpt = site.authenticated() ? blankToNull(node.path("excerpt").path("raw").asText()) : null;
        return new ImportedPost(key, title, slug.isEmpty() ? null : slug, postStatus, date(node),
                WordPressHtml.toMarkdown(content.path("rendered").asText("")), excerpt, tags, categories,
                lookup.authors().containsKey(node.path("author").asLong())
                        ? List.of(lookup.authors().get(node.path("author").asLong())) : List.of(),
                WordPressHtml.isHttpUrl(link) ? link.strip() : null,
                featuredId <= 0 ? null : featured != null && featured.url() != null ? featured.url()
                        : "attachment " + featuredId, notes);
    }

    private String title(JsonNode node) {
        JsonNode title = node.path("title");
        String raw = title.path("raw").asText(null);
        return (raw != null ? raw : text(title.path("rendered").asText(""))).strip();
    }

    /** The guid a WXR export of the site would key the item by, else the site and the item's id. */
    private String key(JsonNode node, String type) {
        String guid = node.path("guid").path("raw").asText(node.path("guid").path("rendered").asText(""));
        if (!guid.isBlank()) {
            return Parser.unescapeEntities(guid.strip(), false); // rendered guids escape & as &#038;
        }
        return site.base() + "?" + (type.equals("page") ? "page_id=" : type.equals("attachment")
                ? "attachment_id=" : "p=") + node.path("id").asText();
    }

    private static Instant date(JsonNode node) {
        String gmt = node.path("date_gmt").asText(null);
        if (gmt == null || gmt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(gmt).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- paging ----

    private record Answer(List<JsonNode> items, int total, int totalPages) {
    }

    /** Every item of a list, page by page; a broken page of these lists fails the job (posts need them whole). */
    private List<JsonNode> all(String endpoint) throws IOException, BadImportFile {
        List<JsonNode> items = new ArrayList<>();
        Answer answer = page(endpoint, 1);
        items.addAll(answer.items);
        int totalPages = Math.min(answer.totalPages, maxPages);
        for (int number = 2; number <= totalPages; number++) {
            items.addAll(page(endpoint, number).items);
        }
        return items;
    }

    private Answer page(String endpoint, int number) throws IOException, BadImportFile {
        WordPressSite.Answer answer = site.get(route(endpoint, number), maxBytes);
        if (answer.status() == 404 && route == null) {
            // No pretty permalinks: the REST API answers at ?rest_route= only.
            route = "?rest_route=/wp/v2/";
            answer = site.get(route(endpoint, number), maxBytes);
        } else if (route == null) {
            route = "wp-json/wp/v2/";
        }
        if (answer.status() == 400 && answer.text().contains("rest_post_invalid_page_number")) {
            return new Answer(List.of(), 0, 0); // the list shrank while it was read
        }
        if (answer.status() != 200) {
            throw new BadImportFile(endpoint + " page " + number + ": the site answered " + answer.status()
                    + message(answer) + (answer.status() == 401 || answer.status() == 403
                            ? (site.authenticated() ? " (check username and applicationPassword)"
                                    : " (the REST API may need an application password)")
                            : answer.status() == 404 ? " (is the WordPress REST API enabled at this URL?)" : ""));
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new BadImportFile(endpoint + " page " + number + " is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (body == null || !body.isArray()) {
            throw new BadImportFile(endpoint + " page " + number + " is not a JSON list");
        }
        List<JsonNode> items = new ArrayList<>();
        body.forEach(items::add);
        int totalPages = answer.totalPages() >= 0 ? answer.totalPages() : items.size() < perPage ? number : number + 1;
        return new Answer(items, answer.total() >= 0 ? answer.total() : items.size(), totalPages);
    }

    private String route(String endpoint, int number) {
        String query = "per_page=" + perPage + "&page=" + number;
        if (site.authenticated() && !endpoint.equals("users")) {
            // Users in the edit context need list_users; their names are all the import reads.
            query += "&context=edit";
        }
        if (endpoint.equals("posts") || endpoint.equals("pages")) {
            query += site.authenticated() ? "&status=" + STATUSES : "";
            query += "&orderby=id&order=asc"; // stable pages while the site is written to
        }
        String at = route == null ? "wp-json/wp/v2/" : route;
        return at.startsWith("?") ? at + endpoint + "&" + query : at + endpoint + "?" + query;
    }

    private static String message(WordPressSite.Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            String text = body == null ? null : body.path("message").asText(null);
            return text == null ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) : text);
        } catch (IOException e) {
            return "";
        }
    }

    // ---- terms ----

    /** Categories with every parent before its children, so a category is written after its parent. */
    private static List<Map.Entry<Long, Term>> byDepth(Map<Long, Term> categories) {
        List<Map.Entry<Long, Term>> entries = new ArrayList<>(categories.entrySet());
        Map<Long, Integer> depth = new HashMap<>();
        for (Map.Entry<Long, Term> entry : entries) {
            depth.put(entry.getKey(), path(categories, entry.getKey()).size());
        }
        entries.sort((a, b) -> Integer.compare(depth.get(a.getKey()), depth.get(b.getKey())));
        return entries;
    }

    /** A category's path from the root; a parent cycle or a missing parent ends it. */
    private static List<TermRef> path(Map<Long, Term> categories, long id) {
        List<TermRef> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long at = id; at != 0 && seen.add(at) && categories.containsKey(at);) {
            Term term = categories.get(at);
            path.add(0, new TermRef(term.name(), term.slug()));
            at = term.parent();
        }
        return path;
    }

    private static String text(String html) {
        String text = WordPressHtml.text(html);
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
