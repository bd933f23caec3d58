package dev.inkstone.importer.source;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.inkstone.common.text.Slugs;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.page.PageStatus;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

/**
 * A Markdown file with Hexo, Hugo, Jekyll, Zola or Ghost-style front matter as an imported post.
 * <ul>
 * <li>YAML between {@code ---} lines, TOML between {@code +++} lines, or Hexo's YAML without the opening line.</li>
 * <li>Slug: {@code slug}; else the last segment of Zola's {@code path} or of a clipped page's {@code url}; else the
 * file name: a Hugo bundle's directory for {@code index.md}, Jekyll's {@code YYYY-MM-DD-slug}, or the base name.</li>
 * <li>Date: {@code date}, else the date in a Jekyll file name or a Zola path. Dates without an offset are read in
 * {@code inkstone.import.default-zone}; {@code +08:00} and {@code -0500} keep theirs.</li>
 * <li>Categories: a string is one category; a flat list is one path, root first (Hexo's and Jekyll's reading);
 * a list of lists is several paths. {@code category} is read like {@code categories}.</li>
 * <li>Tags: {@code tags} as a list or a comma-separated string; when absent, {@code keywords} (ASCII or
 * full-width commas).</li>
 * <li>{@code draft: true} or {@code published: false} make a draft; {@code excerpt}, {@code description} or
 * {@code summary} an explicit excerpt; {@code cover}, {@code image}, {@code thumbnail}, {@code feature_image} the
 * featured image;
 * {@code author}, {@code authors} or {@code by} the author.</li>
 * <li>A web clipping of a WordPress post (an absolute {@code url} beside the clipper's {@code source} or
 * {@code fetch_date}) keeps only the article, see {@link ClippedWordPressPage}.</li>
 * </ul>
 */
final class FrontMatter {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper TOML = new TomlMapper();
    private static final Pattern JEKYLL_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");
    private static final Pattern PATH_DATE = Pattern.compile("^/?(\\d{4})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4}-\\d{1,2}-\\d{1,2})(?:[T ]+(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?))?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，、]");
    private static final Set<String> HEXO_KEYS = Set.of("title", "date", "tags", "categories", "slug");
    static final int MAX_TITLE = 300;
    static final String NO_DATE = "no date: published at import time";
    static final int MAX_EXCERPT = 1000;

    private FrontMatter() {
    }

    /** Why a file is not a post. */
    static final class NotAPost extends Exception {
        NotAPost(String reason) {
            super(reason);
        }
    }

    /**
     * The post in one file.
     *
     * @param key  the file's path inside the import (the source key)
     * @param path the same path, whose segments name the slug and date when the front matter does not
     */
    static ImportedPost parse(String key, String path, String text, ZoneId zone) throws NotAPost {
        return parseItem(key, path, text, zone).post();
    }

    /**
     * What one file holds: a post, or a standalone page when its front matter says {@code type: page} or
     * {@code layout: page} (Hugo and Jekyll), with its {@code parent} (a page slug) and its {@code menu_order}
     * ({@code weight} in Hugo).
     */
    record Item(ImportedPost post, boolean page, String parent, int menuOrder) {

        ImportedPage asPage() {
            return new ImportedPage(post.sourceKey(), post.title(), post.slug(),
                    post.status() == PostStatus.DRAFT ? PageStatus.DRAFT : PageStatus.PUBLISHED, post.publishedAt(),
                    post.markdown(), post.excerpt(), parent, menuOrder, null);
        }
    }

    static Item parseItem(String key, String path, String text, ZoneId zone) throws NotAPost {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        body = body.replace("\r\n", "\n").replace('\r', '\n');
        JsonNode meta;
        String markdown;
        try {
            if (body.startsWith("---\n") || body.startsWith("--- \n")) {
                int end = closing(body, 4, "---", "...");
                meta = end < 0 ? null : YAML.readTree(body.substring(body.indexOf('\n') + 1, end));
                markdown = end < 0 ? body : afterLine(body, end);
            } else if (body.startsWith("+++\n")) {
                int end = closing(body, 4, "+++", null);
                meta = end < 0 ? null : TOML.readTree(body.substring(4, end));
                markdown = end < 0 ? body : afterLine(body, end);
            } else {
                int end = closing(body, 0, "---", null);
                JsonNode hexo = end < 0 ? null : hexo(body.substring(0, end));
                meta = hexo;
                markdown = hexo == null ? body : afterLine(body, end);
            }
        } catch (IOException e) {
            throw new NotAPost("front matter is not valid YAML or TOML: " + firstLine(e.getMessage()));
        }
        if (meta != null && !meta.isObject()) {
            meta = null;
        }
        if (meta == null) {
            meta = YAML.createObjectNode();
        }
        ImportedPost post = post(key, path, meta, markdown.strip().isEmpty() ? "" : markdown.replaceFirst("^\\n+", ""),
                zone);
        boolean page = "page".equalsIgnoreCase(text(meta, "type")) || "page".equalsIgnoreCase(text(meta, "layout"));
        JsonNode order = meta.has("menu_order") ? meta.get("menu_order") : meta.get("weight");
        return new Item(post, page, page ? text(meta, "parent") : null,
                order != null && order.canConvertToInt() ? order.asInt() : 0);
    }

    private static ImportedPost post(String key, String path, JsonNode meta, String markdown, ZoneId zone)
            throws NotAPost {
        List<String> notes = new ArrayList<>();
        String title = text(meta, "title");
        if (title == null && meta.has("redirect")) {
            throw new NotAPost("a redirect stub, not a post");
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String baseName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Matcher jekyll = JEKYLL_NAME.matcher(baseName);
        String url = text(meta, "url");
        String zolaPath = text(meta, "path");

        String slug = text(meta, "slug");
        if (slug == null && zolaPath != null) {
            slug = Slugs.fromUrl(zolaPath);
        }
        if ((slug == null || slug.isEmpty()) && url != null) {
            slug = Slugs.fromUrl(url);
        }
        if (slug == null || slug.isEmpty()) {
            String named = baseName;
            if ((baseName.equalsIgnoreCase("index") || baseName.equalsIgnoreCase("_index")) && path.contains("/")) {
                String folder = path.substring(0, path.lastIndexOf('/'));
                named = folder.substring(folder.lastIndexOf('/') + 1);
            } else if (jekyll.matches()) {
                named = jekyll.group(2);
            }
            slug = Slugs.slugify(named);
        } else {
            slug = Slugs.isValid(slug) ? slug : Slugs.slugify(slug);
        }
        if (title == null || title.isBlank()) {
            if (markdown.isBlank()) {
                throw new NotAPost("no title and no body");
            }
            title = slug.isEmpty() ? baseName : slug;
            notes.add("no title: named after the file");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
            notes.add("title cut to " + MAX_TITLE + " characters");
        }

        Instant date = date(meta.get("date"), zone);
        if (date == null && meta.hasNonNull("date")) {
            notes.add("unreadable date '" + meta.get("date").asText() + "'");
        }
        if (date == null && jekyll.matches()) {
            date = date(jekyll.group(1), zone);
        }
        if (date == null && zolaPath != null) {
            Matcher m = PATH_DATE.matcher(zolaPath);
            if (m.find()) {
                date = date(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), zone);
            }
        }
        boolean draft = meta.path("draft").asBoolean(false)
                || (meta.has("published") && !meta.path("published").asBoolean(true));
        // A future date makes it scheduled: PostService decides that against its clock when it stores it.
        PostStatus status = draft ? PostStatus.DRAFT : PostStatus.PUBLISHED;
        if (date == null && !draft) {
            notes.add(NO_DATE);
        }

        List<TermRef> tags = new ArrayList<>();
        for (String name : names(meta.has("tags") ? meta.get("tags") : meta.get("keywords"))) {
            tags.add(new TermRef(name, null));
        }
        List<List<TermRef>> categories = new ArrayList<>();
        categories(meta.get("categories"), categories);
        categories(meta.get("category"), categories);

        String excerpt = firstText(meta, "excerpt", "description", "summary");
        if (excerpt != null && excerpt.length() > MAX_EXCERPT) {
            excerpt = excerpt.substring(0, MAX_EXCERPT);
            notes.add("excerpt cut to " + MAX_EXCERPT + " characters");
        }
        String featured = firstText(meta, "cover", "image", "thumbnail", "feature_image", "featured_image",
                "featureImage");
        List<String> authors = new ArrayList<>();
        for (String field : List.of("author", "authors", "by")) {
            JsonNode node = meta.get(field);
            if (node != null && node.isObject()) {
                node = node.get("name");
            }
            authors.addAll(names(node));
        }
        List<TermRef> byline = new LinkedHashSet<>(authors).stream()
                .map(name -> new TermRef(name.length() > 200 ? name.substring(0, 200) : name, null)).toList();
        String sourceUrl = WordPressHtml.isHttpUrl(url) ? url.strip() : null;
        ImportedPost post = new ImportedPost(key, title, slug.isEmpty() ? null : slug, status, date, markdown,
                excerpt, tags, categories, byline, sourceUrl, featured, notes);
        return ClippedWordPressPage.isClipping(url, meta.has("fetch_date") || meta.has("source"))
                ? ClippedWordPressPage.article(post, zone) : post;
    }

    private static void categories(JsonNode node, List<List<TermRef>> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            boolean nested = false;
            for (JsonNode entry : node) {
                nested |= entry.isArray();
            }
            if (nested) {
                for (JsonNode entry : node) {
                    categories(entry, into);
                }
                return;
            }
        }
        List<TermRef> path = new ArrayList<>();
        for (String name : node.isArray() ? names(node) : List.of(node.asText().strip())) {
            if (!name.isEmpty()) {
                path.add(new TermRef(name, null));
            }
        }
        if (!path.isEmpty()) {
            into.add(path);
        }
    }

    /** Names from a list, or from a string separated by commas. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null || node.isNull()) {
            return names;
        }
        if (node.isArray()) {
            for (JsonNode entry : node) {
                if (entry.isValueNode() && !entry.isNull() && !entry.asText().isBlank()) {
                    names.add(entry.asText().strip());
                }
            }
        } else if (node.isValueNode()) {
            for (String part : LIST_SEPARATORS.split(node.asText())) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        return names;
    }

    /** An instant from the ways front matter writes dates; null when it is none of them. */
    static Instant date(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        String text = value instanceof JsonNode node ? (node.isNull() ? "" : node.asText()) : value.toString();
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            String[] ymd = m.group(1).split("-");
            LocalDate day = LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
            LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT
                    : LocalTime.parse(m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2));
            LocalDateTime local = LocalDateTime.of(day, time);
            if (m.group(3) == null) {
                return local.atZone(zone).toInstant();
            }
            String offset = m.group(3);
            if (offset.length() == 5) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            return local.toInstant(ZoneOffset.of(offset));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode hexo(String block) {
        try {
            JsonNode node = YAML.readTree(block);
            if (node != null && node.isObject()) {
                for (String key : HEXO_KEYS) {
                    if (node.has(key)) {
                        return node;
                    }
                }
            }
        } catch (IOException e) {
            // Not front matter: the text before the first '---' line is body.
        }
        return null;
    }

    /** The offset of the line that closes the front matter, or -1. */
    private static int closing(String text, int from, String marker, String alternative) {
        int at = from;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
            if (line.equals(marker) || line.equals(alternative)) {
                return at;
            }
            if (end < 0) {
                return -1;
            }
            at = end + 1;
        }
        return -1;
    }

    private static String afterLine(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 ? "" : text.substring(end + 1);
    }

    private static String text(JsonNode meta, String field) {
        JsonNode node = meta.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    private static String firstText(JsonNode meta, String... fields) {
        for (String field : fields) {
            JsonNode node = meta.get(field);
            if (node != null && node.isArray() && !node.isEmpty()) {
                node = node.get(0);
            }
            if (node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank()) {
                return node.asText().strip();
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
