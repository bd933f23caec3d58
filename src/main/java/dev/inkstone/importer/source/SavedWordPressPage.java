package dev.inkstone.importer.source;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

/**
 * A WordPress post page saved from a browser ("HTML only", or the page of a "Web page, complete" save with its
 * {@code _files} folder) or fetched with curl. Recognised, like a markdown clipping ({@link ClippedWordPressPage}),
 * by its permalink, never by a theme's wording: the canonical link (else og:url, else the browser's "saved from"
 * comment) is a dated permalink, and an {@code entry-content} element (classic and block themes alike) holds the
 * article. Then only the article is kept:
 * <ul>
 * <li>title from the article's heading (else og:title, else the page title), slug and day from the permalink, the
 * time from article:published_time or the article's {@code <time datetime>} when it falls on that day;</li>
 * <li>categories and tags from the article's links under the site's category and tag bases (rel="category tag" in
 * classic themes, rel="tag" in block themes), the byline from its rel="author" link;</li>
 * <li>the body from the content element only, its excerpt from its first paragraph;</li>
 * <li>the featured image from the post thumbnail the theme marks ({@code wp-post-image}), else og:image, else the
 * article's first picture. A complete save's local copies ({@code Page_files/a.jpg}) are named relative to the zip
 * root, where the import's media bundle finds their bytes.</li>
 * </ul>
 * What was dropped becomes the item's notes. A page that is not recognised is imported whole with a note.
 */
final class SavedWordPressPage {

    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String CONTENT = ".entry-content, .wp-block-post-content, [itemprop=articleBody]";
    private static final String TITLE = "h1, .entry-title, .wp-block-post-title";
    /** The page's own parts; inside the article (a classic theme's entry header and footer) they are its meta. */
    private static final String LANDMARKS = "header, nav, footer, aside";
    /** What follows a post wherever it is: its comments and the links to the posts before and after it. */
    private static final String ASIDES = "#comments, .comments-area, .wp-block-comments, .post-navigation,"
            + " .wp-block-post-navigation-link, .wp-block-comments-query-loop";
    private static final int SHOWN = 80;
    private static final int MAX_EXCERPT = 1000;

    private SavedWordPressPage() {
    }

    /**
     * The post a saved page holds. {@code key} names the file (the item's key when the page is not recognised),
     * {@code folder} the zip folder it lies in ("" at the root, else ending in '/').
     */
    static ImportedPost read(String key, String folder, Document page, ZoneId zone) {
        // The body keeps the page's own markup: jsoup's pretty printer would indent every block.
        page.outputSettings().prettyPrint(false);
        String url = address(page);
        if (url == null) {
            return whole(key, folder, page, null, "no canonical link, og:url or saved-from address names its "
                    + "permalink");
        }
        WordPressPermalink permalink;
        try {
            permalink = WordPressPermalink.parse(url);
        } catch (WordPressPermalink.NotAPermalink e) {
            return whole(key, folder, page, url, e.getMessage());
        }
        Element content = page.selectFirst(CONTENT);
        if (content == null) {
            return whole(key, folder, page, url, "no entry-content element holds the article");
        }
        Element article = content.closest("article");
        if (article == null) {
            article = content.closest("main");
        }
        if (article == null) {
            article = page.body();
        }

        List<String> notes = new ArrayList<>();
        Element heading = outside(article.select(TITLE), content);
        String title = heading != null && !heading.text().isBlank() ? heading.text().strip()
                : meta(page, "og:title") != null ? meta(page, "og:title") : page.title().strip();

        Map<String, List<TermRef>> categories = new LinkedHashMap<>();
        Map<String, TermRef> tags = new LinkedHashMap<>();
        List<TermRef> authors = new ArrayList<>();
        for (Element link : article.select("a[href]")) {
            if (inside(link, content)) {
                continue;
            }
            String target = link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href");
            String text = link.text().strip();
            List<TermRef> path = permalink.category(target, text);
            TermRef tag = permalink.tag(target, text);
            if (!path.isEmpty()) {
                categories.putIfAbsent(path.get(path.size() - 1).slug(), path);
            } else if (tag != null) {
                tags.putIfAbsent(tag.slug(), tag);
            } else if (link.attr("rel").contains("author") && !text.isEmpty()
                    && authors.stream().noneMatch(a -> a.name().equals(text))) {
                TermRef author = permalink.author(target, text);
                authors.add(author != null ? author : new TermRef(text, null));
            }
        }

        Element byline = outside(article.select(".wp-block-post-author__name"), content);
        if (authors.isEmpty() && byline != null && !byline.text().isBlank()) {
            authors.add(new TermRef(byline.text().strip(), null));
        }
        Instant published = published(page, article, content, permalink, zone, notes);
        String featured = featured(page, article, content, folder, notes);
        localImages(content, folder);
        String excerpt = null;
        for (Element paragraph : content.select("p")) {
            if (!paragraph.text().isBlank()) {
                excerpt = WordPressPermalink.cut(paragraph.text().strip(), MAX_EXCERPT - 1);
                break;
            }
        }
        dropped(page, article, content, heading, categories.size(), tags.size(), notes);
        return new ImportedPost(permalink.url(), title, permalink.slug(), PostStatus.PUBLISHED, published,
                WordPressHtml.toMarkdown(content.html()), excerpt, new ArrayList<>(tags.values()),
                new ArrayList<>(categories.values()), authors, permalink.url(), featured, notes);
    }

    /** The page's own address: canonical link, og:url, or the comment a browser's "save as" leaves. */
    private static String address(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && WordPressHtml.isHttpUrl(canonical.attr("href"))) {
            return canonical.attr("href").strip();
        }
        String og = meta(page, "og:url");
        if (WordPressHtml.isHttpUrl(og)) {
            return og;
        }
        for (Node node : page.childNodes()) {
            if (node instanceof Comment comment) {
                Matcher saved = SAVED_FROM.matcher(comment.getData());
                if (saved.find() && WordPressHtml.isHttpUrl(saved.group(1))) {
                    return saved.group(1);
                }
            }
        }
        return null;
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "][content], meta[name=" + property
                + "][content]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }

    /**
     * The permalink's day, with the time of day from article:published_time or the article's {@code <time>} when that
     * falls on the permalink's day in its own offset (the site's zone, which the permalink's day is in).
     */
    private static Instant published(Document page, Element article, Element content, WordPressPermalink permalink,
            ZoneId zone, List<String> notes) {
        List<String> candidates = new ArrayList<>();
        String meta = meta(page, "article:published_time");
        if (meta != null) {
            candidates.add(meta);
        }
        Element time = outside(article.select("time[datetime]"), content);
        if (time != null) {
            candidates.add(time.attr("datetime").strip());
        }
        for (String candidate : candidates) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(candidate);
                // The site's own offset (a theme's <time>) or UTC (an SEO plugin's meta): the day in either counts.
                if (at.toLocalDate().equals(permalink.day())
                        || at.atZoneSameInstant(zone).toLocalDate().equals(permalink.day())) {
                    return at.toInstant();
                }
                notes.add("date " + candidate + " is not the permalink's day " + permalink.day()
                        + ": the permalink's kept");
                break;
            } catch (DateTimeParseException e) {
                // Not a full timestamp: the next candidate, or the permalink's day.
            }
        }
        return permalink.day().atStartOfDay(zone).toInstant();
    }

    private static String featured(Document page, Element article, Element content, String folder,
            List<String> notes) {
        Element thumbnail = outside(article.select("img.wp-post-image[src]"), content);
        if (thumbnail == null) {
            thumbnail = content.selectFirst("img.wp-post-image[src]");
        }
        if (thumbnail != null) {
            notes.add("featured image: the post thumbnail");
            return local(thumbnail.attr("src"), folder);
        }
        Element first = content.selectFirst("img[src]");
        String og = meta(page, "og:image");
        if (og != null) {
            notes.add("featured image: og:image");
            // A complete save keeps og:image's address but holds the picture under the local name the article uses.
            String name = og.replaceAll("[?#].*$", "");
            name = name.substring(name.lastIndexOf('/') + 1);
            for (Element image : content.select("img[src]")) {
                String src = image.attr("src").replaceAll("[?#].*$", "");
                if (!name.isEmpty() && !WordPressHtml.isHttpUrl(src) && src.endsWith("/" + name)) {
                    return local(image.attr("src"), folder);
                }
            }
            return og;
        }
        if (first != null) {
            notes.add("featured image: the article's first picture");
            return local(first.attr("src"), folder);
        }
        return null;
    }

    /** The article's local copies of pictures, named from the zip root; their srcset names files not saved. */
    private static void localImages(Element content, String folder) {
        for (Element image : content.select("img[src]")) {
            String src = image.attr("src");
            String local = local(src, folder);
            if (!local.equals(src)) {
                image.attr("src", local).removeAttr("srcset").removeAttr("sizes");
            }
        }
    }

    /** A relative reference resolved against the page's folder in the zip; any other reference as it is. */
    private static String local(String src, String folder) {
        String ref = src.strip();
        if (ref.isEmpty() || ref.startsWith("/") || ref.startsWith("#") || SCHEME.matcher(ref).find()) {
            return ref;
        }
        try {
            String resolved = URI.create("file:///" + folder).resolve(ref.replace(" ", "%20")).getRawPath();
            return resolved.startsWith("/") ? resolved.substring(1) : resolved;
        } catch (IllegalArgumentException e) {
            return ref;
        }
    }

    /**
     * The report lines saying what was left out: the page's landmarks around the article (site header, navigation,
     * sidebar, footer), the comments and post navigation, the repeated title and the article's meta text (date,
     * byline, terms, "已关闭评论"), which a classic theme keeps in the article's own header and footer.
     */
    private static void dropped(Document page, Element article, Element content, Element heading, int categories,
            int tags, List<String> notes) {
        notes.add(0, "saved WordPress page: kept the article's content only");
        List<String> parts = new ArrayList<>();
        if (heading != null && !heading.text().isBlank()) {
            parts.add("the repeated title '" + WordPressPermalink.cut(heading.text().strip(), SHOWN) + "'");
        }
        for (Element chrome : page.body().select(LANDMARKS + ", " + ASIDES)) {
            boolean nested = chrome.parents().stream().anyMatch(p -> p.is(LANDMARKS + ", " + ASIDES));
            boolean ofTheArticle = inside(chrome, article) && !chrome.is(ASIDES);
            if (nested || ofTheArticle || inside(content, chrome)) {
                continue;
            }
            String text = chrome.text().strip();
            if (!text.isEmpty()) {
                parts.add("the " + landmark(chrome) + " '" + WordPressPermalink.cut(text, SHOWN) + "'");
            }
        }
        Element rest = article.clone();
        rest.select(CONTENT).remove();
        rest.select(TITLE + ", script, style, " + ASIDES).remove();
        // Themes put the date and byline in adjacent spans: a space keeps their words apart in the report.
        rest.select("span, div, p, li").forEach(e -> e.after(" "));
        String meta = rest.text().strip();
        notes.add("read the article's links as " + categories + " categories and " + tags + " tags"
                + (meta.isEmpty() ? "" : "; dropped its meta text '" + WordPressPermalink.cut(meta, 120) + "'"));
        if (!parts.isEmpty()) {
            notes.add("dropped " + String.join(", ", parts));
        }
    }

    private static String landmark(Element element) {
        return switch (element.tagName()) {
            case "header" -> "header";
            case "nav" -> element.is(ASIDES) ? "post navigation" : "navigation";
            case "footer" -> "footer";
            case "aside" -> "sidebar";
            default -> element.is("#comments, .comments-area, .wp-block-comments, .wp-block-comments-query-loop")
                    ? "comments" : "post navigation";
        };
    }

    /** The first element not inside {@code content}. */
    private static Element outside(Elements elements, Element content) {
        return elements.stream().filter(e -> !inside(e, content)).findFirst().orElse(null);
    }

    private static boolean inside(Element element, Element container) {
        return element == container || element.parents().contains(container);
    }

    /** An unrecognised page: its whole body, titled by its page title, with a note why. */
    private static ImportedPost whole(String key, String folder, Document page, String url, String why) {
        List<String> notes = new ArrayList<>();
        notes.add("saved page not recognised as a WordPress post (" + why + "): imported whole");
        notes.add(FrontMatter.NO_DATE);
        Element body = page.body();
        localImages(body, folder);
        String title = meta(page, "og:title") != null ? meta(page, "og:title") : page.title().strip();
        if (title.isEmpty()) {
            Element heading = body.selectFirst("h1, h2");
            title = heading != null && !heading.text().isBlank() ? heading.text().strip() : key;
        }
        body.select("script, style, noscript, template").remove();
        return new ImportedPost(key, title, null, PostStatus.PUBLISHED, null, WordPressHtml.toMarkdown(body.html()),
                null, List.of(), List.of(), List.of(), WordPressHtml.isHttpUrl(url) ? url : null, null, notes);
    }
}
