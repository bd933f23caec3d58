package dev.inkstone.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.page.PageStatus;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.item.ImportedSite;
import dev.inkstone.post.PostStatus;

/**
 * Inkstone's own export ({@code GET /api/v1/export}), read as a stream: posts one at a time, so an export of any
 * size imports in bounded memory. Categories (few) are read whole to send them parents first. Items are keyed by
 * slug, so importing an export into the instance it came from changes nothing. The site settings come last (after
 * the posts their navigation may name).
 */
final class InkstoneJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonFactory factory;
    private final long maxText;

    /** {@code maxText}: the longest JSON string read (inkstone.import.max-text); Jackson checks it as it parses. */
    InkstoneJsonReader(long maxText) {
        this.maxText = maxText;
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxText)).build()).build().setCodec(JSON);
    }

    void read(Path file, ItemSink sink) throws IOException, BadImportFile {
        read(Files.newInputStream(file), sink);
    }

    /** Reads and closes the stream. */
    void read(InputStream stream, ItemSink sink) throws IOException, BadImportFile {
        Map<String, String> authorNames = new java.util.HashMap<>();
        try (InputStream in = stream;
                JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadImportFile("not an Inkstone export: the file is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!"inkstone-export".equals(parser.getText())) {
                            throw new BadImportFile("not an Inkstone export: format is '" + parser.getText() + "'");
                        }
                    }
                    case "categories" -> categories(parser, value, sink);
                    case "tags" -> array(parser, value, node -> sink.tag("tag:" + node.path("slug").asText(),
                            new TermRef(node.path("name").asText(), node.path("slug").asText()),
                            text(node, "description"), seo(node)));
                    case "site" -> {
                        if (value == JsonToken.START_OBJECT) {
                            sink.site(site(parser.readValueAsTree()));
                        } else {
                            parser.skipChildren();
                        }
                    }
                    // Authors come before posts in an export (version 3): written whole, and their names kept by
                    // slug for the bylines.
                    case "authors" -> array(parser, value, node -> author(node, sink, authorNames));
                    case "posts" -> array(parser, value, node -> post(node, sink, authorNames));
                    case "images" -> array(parser, value, node -> image(node, sink));
                    case "pages" -> pages(parser, value, sink, authorNames);
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
                throw new BadImportFile("a JSON string is longer than " + maxText
                        + " characters, the limit of inkstone.import.max-text");
            }
            throw new BadImportFile("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private interface NodeHandler {
        void accept(JsonNode node) throws BadImportFile;
    }

    private static void array(JsonParser parser, JsonToken start, NodeHandler handler)
            throws IOException, BadImportFile {
        if (start != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            handler.accept(parser.readValueAsTree());
        }
    }

    private static void categories(JsonParser parser, JsonToken start, ItemSink sink)
            throws IOException, BadImportFile {
        Map<Long, JsonNode> byId = new LinkedHashMap<>();
        array(parser, start, node -> byId.put(node.path("id").asLong(), node));
        for (JsonNode category : byId.values()) {
            List<TermRef> path = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            JsonNode at = category;
            while (at != null && seen.add(at.path("id").asLong())) {
                path.add(0, new TermRef(at.path("name").asText(), at.path("slug").asText()));
                at = at.hasNonNull("parentId") ? byId.get(at.get("parentId").asLong()) : null;
            }
            sink.category("category:" + category.path("slug").asText(), path, text(category, "description"),
                    seo(category));
        }
    }

    /**
     * Pages (few, like categories) are read whole and sent parents first, each naming its parent by slug: an export
     * lists them by id, and a page may have been moved under one created after it.
     */
    private static void pages(JsonParser parser, JsonToken start, ItemSink sink, Map<String, String> authorNames)
            throws IOException, BadImportFile {
        Map<Long, JsonNode> byId = new LinkedHashMap<>();
        array(parser, start, node -> byId.put(node.path("id").asLong(), node));
        Set<Long> sent = new HashSet<>();
        for (Long id : byId.keySet()) {
            sendPage(id, byId, sent, new HashSet<>(), sink, authorNames);
        }
    }

    private static void sendPage(long id, Map<Long, JsonNode> byId, Set<Long> sent, Set<Long> visiting,
            ItemSink sink, Map<String, String> authorNames) {
        JsonNode node = byId.get(id);
        if (node == null || sent.contains(id) || !visiting.add(id)) {
            return; // unknown, done, or a loop in a hand-edited file: the page service refuses the loop's last step
        }
        JsonNode parent = node.hasNonNull("parentId") ? byId.get(node.get("parentId").asLong()) : null;
        if (parent != null) {
            sendPage(parent.path("id").asLong(), byId, sent, visiting, sink, authorNames);
        }
        sent.add(id);
        String slug = node.path("slug").asText();
        PageStatus status;
        Instant publishedAt;
        try {
            status = PageStatus.fromWire(node.path("status").asText("draft"));
            publishedAt = node.hasNonNull("publishedAt") ? Instant.parse(node.get("publishedAt").asText()) : null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            sink.skip("page", "page:" + slug, text(node, "title"), "unreadable status or date: " + e.getMessage());
            return;
        }
        sink.page(new ImportedPage("page:" + slug, node.path("title").asText(), slug, status, publishedAt,
                node.path("markdown").asText(""), text(node, "excerpt"),
                parent == null ? null : parent.path("slug").asText(), node.path("menuOrder").asInt(0),
                text(node, "featuredImage"), authors(node, authorNames), seo(node)));
    }

    private static void author(JsonNode node, ItemSink sink, Map<String, String> authorNames) {
        String slug = node.path("slug").asText();
        String name = node.path("name").asText();
        authorNames.put(slug, name);
        sink.author(new ImportedAuthor("author:" + slug, name, slug, text(node, "bio"), text(node, "website"),
                text(node, "avatar"), seo(node)));
    }

    private static void post(JsonNode node, ItemSink sink, Map<String, String> authorNames) {
        String slug = node.path("slug").asText();
        List<TermRef> tags = new ArrayList<>();
        node.path("tags").forEach(t -> tags.add(new TermRef(t.asText(), t.asText())));
        List<List<TermRef>> categories = new ArrayList<>();
        node.path("categories").forEach(c -> categories.add(List.of(new TermRef(c.asText(), c.asText()))));
        List<TermRef> authors = authors(node, authorNames);
        if (authors.isEmpty() && node.hasNonNull("author")) {
            // Exports before version 3 carry the author's name as text.
            authors.add(new TermRef(node.get("author").asText(), null));
        }
        PostStatus status;
        Instant publishedAt;
        try {
            status = PostStatus.fromWire(node.path("status").asText("draft"));
            publishedAt = node.hasNonNull("publishedAt") ? Instant.parse(node.get("publishedAt").asText()) : null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            sink.skip("post", "post:" + slug, text(node, "title"), "unreadable status or date: " + e.getMessage());
            return;
        }
        JsonNode image = node.get("featuredImage");
        // A digest (this format's version 2) or, from older exports, an object with the URL.
        String featured = image == null || image.isNull() ? null
                : image.isTextual() ? image.asText() : image.hasNonNull("sha256") ? text(image, "sha256")
                        : text(image, "url");
        sink.post(new ImportedPost("post:" + slug, node.path("title").asText(), slug, status, publishedAt,
                node.path("markdown").asText(""), text(node, "excerpt"), tags, categories, authors,
                text(node, "sourceUrl"), featured, List.of(), seo(node)));
    }

    /** A post's or page's byline: author slugs, named as the export's author list names them. */
    private static List<TermRef> authors(JsonNode node, Map<String, String> authorNames) {
        List<TermRef> authors = new ArrayList<>();
        node.path("authors").forEach(a -> authors.add(new TermRef(authorNames.getOrDefault(a.asText(), a.asText()),
                a.asText())));
        return authors;
    }

    /** An item's seo object (format version 3); its ogImage is an exported image's sha256. */
    private static ImportedSeo seo(JsonNode node) {
        JsonNode seo = node.get("seo");
        if (seo == null || !seo.isObject()) {
            return null;
        }
        JsonNode noindex = seo.get("noindex");
        return new ImportedSeo(text(seo, "title"), text(seo, "description"), text(seo, "canonicalUrl"),
                text(seo, "ogImage"), noindex != null && noindex.asBoolean(false));
    }

    /** The site settings (format version 3): images by sha256, navigation targets by slug. */
    private static ImportedSite site(JsonNode node) {
        return new ImportedSite(text(node, "title"), text(node, "description"), text(node, "url"),
                text(node, "locale"), text(node, "timezone"), text(node, "logo"), text(node, "icon"),
                navigation(node.get("navigation")), navigation(node.get("secondaryNavigation")));
    }

    private static List<ImportedSite.NavItem> navigation(JsonNode items) {
        if (items == null || !items.isArray()) {
            return null;
        }
        List<ImportedSite.NavItem> list = new ArrayList<>();
        items.forEach(item -> list.add(new ImportedSite.NavItem(text(item, "label"), text(item, "url"),
                text(item, "post"), text(item, "tag"), text(item, "category"), text(item, "page"))));
        return list;
    }

    /**
     * An exported image: its metadata and the URL of its original, which names the bytes when the export comes in a
     * zip (or folder) with them at that path ({@code media/<sha256>/original.jpg}). Exports list images before posts.
     */
    private static void image(JsonNode node, ItemSink sink) {
        String sha = text(node, "sha256");
        String url = text(node, "url");
        if (sha == null || url == null) {
            sink.skip("image", "image:" + (sha == null ? node.path("id").asText() : sha), text(node, "filename"),
                    "no sha256 or url");
            return;
        }
        JsonNode focal = node.get("focalPoint");
        boolean hasFocal = focal != null && focal.hasNonNull("x") && focal.hasNonNull("y");
        sink.attachment("image:" + sha, text(node, "filename"), url, new ImageMeta(sha, text(node, "filename"),
                text(node, "alt"),
                text(node, "caption"), hasFocal ? focal.get("x").asDouble() : null,
                hasFocal ? focal.get("y").asDouble() : null));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
