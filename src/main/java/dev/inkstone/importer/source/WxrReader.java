package dev.inkstone.importer.source;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.inkstone.common.text.Slugs;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedSite;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.page.PageStatus;
import dev.inkstone.post.PostStatus;

/**
 * WordPress eXtended RSS (WXR 1.0 to 1.2) with a streaming StAX parser, in two passes over the file: the first
 * collects what items refer to (authors, the category tree, attachment URLs for {@code _thumbnail_id}) and proves
 * the file well-formed before anything is written; the second sends the items one at a time. Memory is bounded by
 * the largest single item plus the term and attachment indexes, whatever the file size.
 */
final class WxrReader {

    private static final Pattern XML_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> SKIPPED_STATUSES = Set.of("inherit", "trash", "auto-draft");

    private final ZoneId defaultZone;
    private final long maxText;

    /** {@code maxText}: the most characters of text one element may hold (inkstone.import.max-text). */
    WxrReader(ZoneId defaultZone, long maxText) {
        this.defaultZone = defaultZone;
        this.maxText = maxText;
    }

    /** An item as the file has it. */
    static final class Item {
        String title = "";
        String link;
        String guid;
        String pubDate;
        String creator;
        String content;
        String excerpt;
        String postId;
        String postDate;
        String postDateGmt;
        String postName;
        String status;
        String postType;
        String password;
        String attachmentUrl;
        String postParent;
        String menuOrder;
        final List<String[]> terms = new ArrayList<>();
        final Map<String, String> meta = new HashMap<>();
    }

    /** What items refer to, from the first pass. */
    static final class Index {
        String siteUrl = "";
        /** The channel's own title, description, link and language: the site settings of an empty instance. */
        String channelTitle;
        String channelDescription;
        String channelLink;
        String channelLanguage;
        int items;
        final Map<String, TermRef> authors = new HashMap<>();
        final Map<String, String[]> categories = new LinkedHashMap<>();
        final Map<String, String[]> tags = new LinkedHashMap<>();
        final Map<String, String> attachments = new HashMap<>();
        /** Every attachment item, sent before the posts: {source key, title, URL, alt text}. */
        final List<String[]> attachmentItems = new ArrayList<>();
    }

    /** Opens the export once per pass: a file, or an entry of a zip. */
    interface Source {
        InputStream open() throws IOException;
    }

    void read(Path file, ItemSink sink) throws IOException, BadImportFile {
        read(() -> Files.newInputStream(file), sink);
    }

    void read(Source file, ItemSink sink) throws IOException, BadImportFile {
        Index index = new Index();
        walk(file, index, item -> {
            index.items++;
            if ("attachment".equals(item.postType)) {
                if (item.postId != null && item.attachmentUrl != null) {
                    index.attachments.put(item.postId, item.attachmentUrl);
                }
                index.attachmentItems.add(new String[] { sourceKey(item, index), item.title,
                        item.attachmentUrl != null ? item.attachmentUrl : item.guid,
                        item.meta.get("_wp_attachment_image_alt") });
            }
        });
        boolean hasSite = index.channelTitle != null || index.channelDescription != null || index.channelLink != null
                || index.channelLanguage != null;
        sink.total(index.categories.size() + index.tags.size() + index.items + (hasSite ? 1 : 0));
        for (Map.Entry<String, String[]> category : index.categories.entrySet()) {
            sink.category("category:" + category.getKey(), categoryPath(index, category.getKey()),
                    category.getValue()[2]);
        }
        for (Map.Entry<String, String[]> tag : index.tags.entrySet()) {
            sink.tag("tag:" + tag.getKey(), new TermRef(tag.getValue()[0], tag.getKey()), tag.getValue()[1]);
        }
        for (String[] attachment : index.attachmentItems) {
            String alt = attachment[3] == null || attachment[3].isBlank() ? null : attachment[3].strip();
            sink.attachment(attachment[0], attachment[1], attachment[2],
                    alt == null ? null : new ImageMeta(null, null, alt, null, null, null));
        }
        // Pages (few) are held until the walk ends, then sent parents first: a child may come before its parent.
        Map<String, Item> pages = new LinkedHashMap<>();
        walk(file, new Index(), item -> {
            if ("page".equals(item.postType)) {
                pages.put(item.postId != null && !item.postId.isBlank() ? item.postId : "#" + pages.size(), item);
            } else {
                send(item, index, sink);
            }
        });
        Map<String, String> sentSlugs = new HashMap<>();
        for (String id : pages.keySet()) {
            sendPage(id, pages, sentSlugs, new HashSet<>(), index, sink);
        }
        if (hasSite) {
            sink.site(new ImportedSite(index.channelTitle, index.channelDescription,
                    WordPressHtml.isHttpUrl(index.channelLink) ? index.channelLink : null, index.channelLanguage,
                    null, null, null, null, null));
        }
    }

    private void send(Item item, Index index, ItemSink sink) {
        String key = sourceKey(item, index);
        String type = item.postType == null ? "post" : item.postType;
        if (type.equals("attachment")) {
            return; // sent before the posts
        }
        if (!type.equals("post")) {
            sink.skip(type, key, item.title, "post type '" + type + "' is not a blog post");
            return;
        }
        String status = item.status == null ? "publish" : item.status;
        if (SKIPPED_STATUSES.contains(status)) {
            sink.skip("post", key, item.title, "status '" + status + "' is not imported");
            return;
        }
        List<String> notes = new ArrayList<>();
        Instant date = date(item);
        PostStatus postStatus = switch (status) {
            // A future date makes it scheduled: PostService decides that against its clock when it stores it.
            case "publish", "future" -> PostStatus.PUBLISHED;
            default -> PostStatus.DRAFT;
        };
        if (status.equals("private")) {
            notes.add("private post imported as a draft");
        }
        if (item.password != null && !item.password.isBlank() && postStatus != PostStatus.DRAFT) {
            postStatus = PostStatus.DRAFT;
            notes.add("password-protected post imported as a draft");
        }
        String slug = item.postName == null ? "" : Slugs.fromUrl(item.postName);
        String title = item.title == null ? "" : item.title.strip();
        if (title.isEmpty()) {
            title = !slug.isEmpty() ? slug : "Untitled " + (item.postId == null ? "" : item.postId).strip();
            notes.add("empty title: named '" + title + "'");
        }
        List<TermRef> tags = new ArrayList<>();
        List<List<TermRef>> categories = new ArrayList<>();
        List<TermRef> coAuthors = new ArrayList<>();
        for (String[] term : item.terms) {
            String domain = term[0];
            String nicename = decode(term[1]);
            switch (domain) {
                case "post_tag" -> tags.add(new TermRef(term[2], nicename));
                case "category" -> categories.add(index.categories.containsKey(nicename)
                        ? categoryPath(index, nicename) : List.of(new TermRef(term[2], nicename)));
                case "author" -> coAuthors.add(new TermRef(term[2], null));
                default -> { }
            }
        }
        // dc:creator holds the login; the channel's wp:author list gives its display name and slug.
        List<TermRef> authors = !coAuthors.isEmpty() ? coAuthors
                : item.creator == null || item.creator.isBlank() ? List.of()
                : List.of(index.authors.getOrDefault(item.creator.strip(), new TermRef(item.creator.strip(), null)));
        String thumbnail = item.meta.get("_thumbnail_id");
        String featured = thumbnail == null ? null
                : index.attachments.getOrDefault(thumbnail.strip(), "attachment " + thumbnail.strip());
        sink.post(new ImportedPost(key, title, slug.isEmpty() ? null : slug, postStatus, date,
                WordPressHtml.toMarkdown(item.content), WordPressHtml.text(item.excerpt), tags, categories,
                authors,
                WordPressHtml.isHttpUrl(item.link) ? item.link.strip() : null, featured, notes,
                YoastMeta.of(item.meta, title, index.channelTitle)));
    }

    /**
     * Sends a page after its parent ({@code wp:post_parent} names the parent's post id). A parent that was not
     * sent (trashed, missing, or a loop) leaves the child at the top level rather than losing it.
     */
    private void sendPage(String id, Map<String, Item> pages, Map<String, String> sentSlugs, Set<String> visiting,
            Index index, ItemSink sink) {
        Item item = pages.get(id);
        if (item == null || sentSlugs.containsKey(id) || !visiting.add(id)) {
            return;
        }
        String parentId = item.postParent == null || item.postParent.equals("0") ? null : item.postParent;
        if (parentId != null) {
            sendPage(parentId, pages, sentSlugs, visiting, index, sink);
        }
        String key = sourceKey(item, index);
        String status = item.status == null ? "publish" : item.status;
        if (SKIPPED_STATUSES.contains(status)) {
            sentSlugs.put(id, null);
            sink.skip("page", key, item.title, "status '" + status + "' is not imported");
            return;
        }
        // A future date makes it scheduled: PageService decides that against its clock when it stores it.
        PageStatus pageStatus = status.equals("publish") || status.equals("future") ? PageStatus.PUBLISHED
                : PageStatus.DRAFT;
        if (item.password != null && !item.password.isBlank()) {
            pageStatus = PageStatus.DRAFT;
        }
        String title = item.title == null || item.title.isBlank() ? "" : item.title.strip();
        String slug = item.postName == null ? "" : Slugs.fromUrl(item.postName);
        if (title.isEmpty()) {
            title = !slug.isEmpty() ? slug : "Untitled " + (item.postId == null ? "" : item.postId.strip());
        }
        if (slug.isEmpty()) {
            slug = Slugs.slugifyOrFallback(title, "page"); // as the import writer would derive it
        }
        int menuOrder = 0;
        try {
            menuOrder = item.menuOrder == null || item.menuOrder.isBlank() ? 0 : Integer.parseInt(item.menuOrder);
        } catch (NumberFormatException e) {
            menuOrder = 0; // a hand-edited file: the page keeps the default order
        }
        String parentSlug = parentId == null ? null : sentSlugs.get(parentId);
        sentSlugs.put(id, slug);
        String thumbnail = item.meta.get("_thumbnail_id");
        String featured = thumbnail == null ? null : index.attachments.get(thumbnail.strip());
        List<TermRef> authors = item.creator == null || item.creator.isBlank() ? List.of()
                : List.of(index.authors.getOrDefault(item.creator.strip(), new TermRef(item.creator.strip(), null)));
        sink.page(new ImportedPage(key, title, slug, pageStatus, date(item), WordPressHtml.toMarkdown(item.content),
                WordPressHtml.text(item.excerpt), parentSlug, menuOrder, featured, authors,
                YoastMeta.of(item.meta, title, index.channelTitle)));
    }

    private static String sourceKey(Item item, Index index) {
        if (item.guid != null && !item.guid.isBlank()) {
            return item.guid.strip();
        }
        if (item.postId != null && !item.postId.isBlank()) {
            return index.siteUrl + "?p=" + item.postId.strip();
        }
        return item.link != null ? item.link.strip() : "title:" + item.title;
    }

    private static List<TermRef> categoryPath(Index index, String slug) {
        List<TermRef> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = slug;
        while (at != null && !at.isEmpty() && seen.add(at) && index.categories.containsKey(at)) {
            String[] category = index.categories.get(at);
            path.add(0, new TermRef(category[0], at));
            at = category[1];
        }
        return path;
    }

    private Instant date(Item item) {
        Instant gmt = wpDate(item.postDateGmt, ZoneOffset.UTC);
        if (gmt != null) {
            return gmt;
        }
        Instant local = wpDate(item.postDate, defaultZone);
        if (local != null) {
            return local;
        }
        try {
            return item.pubDate == null || item.pubDate.isBlank() ? null
                    : ZonedDateTime.parse(item.pubDate.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant wpDate(String text, ZoneId zone) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WP_DATE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** WordPress percent-encodes non-ASCII slugs (post_name, nicename). */
    static String decode(String slug) {
        if (slug == null) {
            return "";
        }
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            return slug.strip();
        }
    }

    // ---- the streaming walk ----

    private void walk(Source file, Index index, Consumer<Item> items) throws IOException, BadImportFile {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLReporter((message, type, info, location) -> { });
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try (InputStream in = new BufferedInputStream(file.open(), 1 << 16)) {
            LenientXmlReader text = new LenientXmlReader(new BufferedReader(new InputStreamReader(in,
                    decoder(in)), 1 << 16), maxText);
            XMLStreamReader xml = factory.createXMLStreamReader(text);
            try {
                boolean sawRss = false;
                boolean sawChannel = false;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (!sawRss) {
                        if (!name.equals("rss")) {
                            throw new BadImportFile("not a WordPress export: the root element is <" + name
                                    + ">, not <rss>");
                        }
                        sawRss = true;
                        continue;
                    }
                    String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                    if (!ns.contains("wordpress.org/export") && Set.of("author", "category", "tag").contains(name)) {
                        name = "other";
                    }
                    switch (name) {
                        case "channel" -> sawChannel = true;
                        case "item" -> items.accept(item(xml));
                        case "author" -> author(xml, index);
                        case "category" -> term(xml, index.categories, "category_nicename", "cat_name",
                                "category_parent", "category_description");
                        case "tag" -> term(xml, index.tags, "tag_slug", "tag_name", null, "tag_description");
                        case "base_site_url" -> index.siteUrl = xml.getElementText().strip();
                        case "link" -> {
                            boolean own = ns.isEmpty();
                            String link = xml.getElementText().strip();
                            if (index.siteUrl.isEmpty()) {
                                index.siteUrl = link;
                            }
                            if (own && index.channelLink == null && !link.isEmpty()) {
                                index.channelLink = link;
                            }
                        }
                        // The channel's own elements (an item's are read by item(), an <image>'s skipped whole).
                        case "title" -> index.channelTitle = channelText(xml, ns, index.channelTitle);
                        case "description" -> index.channelDescription = channelText(xml, ns,
                                index.channelDescription);
                        case "language" -> index.channelLanguage = channelText(xml, ns, index.channelLanguage);
                        default -> {
                            if (sawChannel && !name.equals("rss")) {
                                skip(xml);
                            }
                        }
                    }
                }
                if (!sawChannel) {
                    throw new BadImportFile("not a WordPress export: no <channel> element");
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            ImportLimitException limit = ImportLimitException.in(e);
            if (limit != null) {
                throw new BadImportFile(limit.getMessage());
            }
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber()
                            + ": ";
            String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
            int detail = message.indexOf("Message: ");
            throw new BadImportFile("malformed XML at " + where
                    + (detail >= 0 ? message.substring(detail + 9) : message));
        }
    }

    /** The text of a channel element without a namespace, the first one only; anything else is skipped. */
    private static String channelText(XMLStreamReader xml, String ns, String already) throws XMLStreamException {
        if (!ns.isEmpty() || already != null) {
            skip(xml);
            return already;
        }
        String text = xml.getElementText().strip();
        return text.isEmpty() ? null : text;
    }

    private static Item item(XMLStreamReader xml) throws XMLStreamException {
        Item item = new Item();
        while (nextElement(xml) == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            switch (name) {
                case "title" -> item.title = xml.getElementText();
                case "link" -> item.link = xml.getElementText();
                case "guid" -> item.guid = xml.getElementText();
                case "pubDate" -> item.pubDate = xml.getElementText();
                case "creator" -> item.creator = xml.getElementText().strip();
                case "encoded" -> {
                    if (ns.contains("excerpt")) {
                        item.excerpt = xml.getElementText();
                    } else {
                        item.content = xml.getElementText();
                    }
                }
                case "post_id" -> item.postId = xml.getElementText().strip();
                case "post_date" -> item.postDate = xml.getElementText();
                case "post_date_gmt" -> item.postDateGmt = xml.getElementText();
                case "post_name" -> item.postName = xml.getElementText();
                case "status" -> item.status = xml.getElementText().strip();
                case "post_type" -> item.postType = xml.getElementText().strip();
                case "post_password" -> item.password = xml.getElementText();
                case "attachment_url" -> item.attachmentUrl = xml.getElementText().strip();
                case "post_parent" -> item.postParent = xml.getElementText().strip();
                case "menu_order" -> item.menuOrder = xml.getElementText().strip();
                case "category" -> {
                    String domain = xml.getAttributeValue(null, "domain");
                    String nicename = xml.getAttributeValue(null, "nicename");
                    String label = xml.getElementText().strip();
                    // WXR 1.0 also lists each category once more without attributes: the named copy suffices.
                    if (domain != null) {
                        item.terms.add(new String[] { domain, nicename == null ? label : nicename, label });
                    }
                }
                case "postmeta" -> {
                    Map<String, String> fields = fields(xml);
                    String key = fields.get("meta_key");
                    if (key != null) {
                        item.meta.put(key.strip(), fields.getOrDefault("meta_value", ""));
                    }
                }
                default -> skip(xml);
            }
        }
        return item;
    }

    private static void author(XMLStreamReader xml, Index index) throws XMLStreamException {
        Map<String, String> fields = fields(xml);
        String login = fields.get("author_login");
        if (login != null) {
            String display = fields.get("author_display_name");
            String nicename = fields.get("author_nicename");
            index.authors.put(login.strip(), new TermRef(display == null || display.isBlank() ? login.strip()
                    : display.strip(), nicename == null || nicename.isBlank() ? null : decode(nicename.strip())));
        }
    }

    /** A channel-level term: {name, parent slug, description} under its decoded slug. */
    private static void term(XMLStreamReader xml, Map<String, String[]> into, String slugField, String nameField,
            String parentField, String descriptionField) throws XMLStreamException {
        Map<String, String> fields = fields(xml);
        String slug = decode(fields.get(slugField));
        if (slug.isEmpty()) {
            return;
        }
        String name = fields.getOrDefault(nameField, slug).strip();
        String parent = parentField == null ? null : decode(fields.get(parentField));
        String description = fields.get(descriptionField);
        into.put(slug, new String[] { name.isEmpty() ? slug : name, parent == null || parent.isEmpty() ? null : parent,
                description == null || description.isBlank() ? null : description.strip() });
    }

    /** The text children of the current element by local name. */
    private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (nextElement(xml) == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            try {
                fields.put(name, xml.getElementText());
            } catch (XMLStreamException e) {
                if (!xml.isEndElement()) {
                    skip(xml);
                }
            }
        }
        return fields;
    }

    /** The next start or end tag; stray text between an item's fields (a real export has a "'") is ignored. */
    private static int nextElement(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the file ends inside an element", xml.getLocation());
            }
            event = xml.next();
        }
        return event;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The declared encoding (BOM or XML declaration), UTF-8 otherwise; bytes it cannot decode become U+FFFD. */
    private static CharsetDecoder decoder(InputStream in) throws IOException {
        in.mark(1024);
        byte[] head = in.readNBytes(1024);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            Matcher declared = XML_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (declared.find() && Charset.isSupported(declared.group(1))) {
                charset = Charset.forName(declared.group(1));
            }
        }
        if (charset.equals(StandardCharsets.UTF_8) && head.length >= 3 && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skip(3);
        }
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
}
