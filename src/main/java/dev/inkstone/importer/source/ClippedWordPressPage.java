package dev.inkstone.importer.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;

/**
 * A WordPress post page clipped from the web as markdown (a web clipper's front matter names its address in
 * {@code url}): the clipper keeps the whole page, so the body starts with the site's header and the post's meta
 * line. The page is recognised by its permalinks, never by a theme's wording: the {@code url} is a dated permalink
 * ({@code /2026/01/13/slug/}), a heading links to it (the post's own title), and a later line links under the
 * site's {@code /category/} or {@code /tag/} base (the meta line). Then only the article is kept:
 * <ul>
 * <li>categories and tags from the meta line's links (names as the links show them, slugs and parents from the
 * percent-decoded paths);</li>
 * <li>the date from the permalink (the slug is its last segment already, see {@link FrontMatter});</li>
 * <li>the body from the line after the meta line, without a trailing footer (links to other posts of the site,
 * "Powered by WordPress", comment forms);</li>
 * <li>the featured image, when the clipping names none, from the article's first picture.</li>
 * </ul>
 * What was dropped becomes the item's notes (its import report line). A clipping that is not recognised is
 * imported whole, with a note saying so: nothing is cut on a guess.
 */
final class ClippedWordPressPage {

    /** A markdown link {@code [text](url "title")}; the text may hold an image, whose own link it then skips. */
    private static final Pattern LINK = Pattern.compile(
            "\\[((?:!\\[[^\\]]*\\]\\([^)]*\\))?[^\\[\\]]*)\\]\\(\\s*<?([^\\s)>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern FIRST_IMAGE = Pattern.compile(
            "!\\[[^\\]]*\\]\\(\\s*<?([^\\s)>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"
            + "|<img\\b[^>]*?\\ssrc\\s*=\\s*[\"']([^\"']+)");
    private static final Pattern IMAGE_IN_LINK = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern FOOTER_WORDS = Pattern.compile("(?i)powered by|wordpress\\.(?:org|com)|©|copyright"
            + "|leave a (?:reply|comment)|发表评论|发表回复|留下评论|上一篇|下一篇|previous post|next post");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:[-*_]\\s*){3,}$");
    private static final int SHOWN = 40;

    private ClippedWordPressPage() {
    }

    /** Whether front matter comes from a web clipper: an absolute {@code url} and the clipper's own keys. */
    static boolean isClipping(String url, boolean clipperKeys) {
        return clipperKeys && WordPressHtml.isHttpUrl(url);
    }

    /** The post with only the article kept, or the post as it was with a note when the page is not recognised. */
    static ImportedPost article(ImportedPost post, ZoneId zone) {
        String url = post.sourceUrl() == null ? null : post.sourceUrl().strip();
        WordPressPermalink permalink;
        try {
            permalink = WordPressPermalink.parse(url);
        } catch (WordPressPermalink.NotAPermalink e) {
            return unrecognised(post, e.getMessage());
        }
        LocalDate day = permalink.day();
        String site = permalink.site();
        String categoryBase = permalink.categoryBase();
        String tagBase = permalink.tagBase();
        String[] lines = post.markdown().split("\n", -1);
        int titleLine = -1;
        int metaLine = -1;
        for (int i = 0; i < lines.length && metaLine < 0; i++) {
            String line = lines[i];
            if (titleLine < 0 && line.startsWith("#") && linksTo(line, url.strip())) {
                titleLine = i;
            } else if (titleLine >= 0 && (line.contains("](" + categoryBase) || line.contains("](" + tagBase))) {
                metaLine = i;
            }
        }
        if (titleLine < 0) {
            return unrecognised(post, "no heading links to its permalink");
        }
        if (metaLine < 0) {
            return unrecognised(post, "no line after the title links to the site's /category/ or /tag/ pages");
        }

        List<String> notes = new ArrayList<>(post.notes());
        Map<String, List<TermRef>> categories = new LinkedHashMap<>();
        Map<String, TermRef> tags = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        Matcher link = LINK.matcher(lines[metaLine]);
        int at = 0;
        while (link.find()) {
            rest.add(lines[metaLine].substring(at, link.start()));
            at = link.end();
            String target = link.group(2);
            String text = link.group(1).strip();
            List<TermRef> path = permalink.category(target, text);
            TermRef tag = permalink.tag(target, text);
            if (!path.isEmpty()) {
                categories.putIfAbsent(path.get(path.size() - 1).slug(), path);
            } else if (tag != null) {
                tags.putIfAbsent(tag.slug(), tag);
            } else if (!target.startsWith(categoryBase) && !target.startsWith(tagBase)) {
                rest.add(text);
            }
        }
        rest.add(lines[metaLine].substring(at));

        int start = metaLine + 1;
        int end = lines.length;
        while (end > start && isFooter(lines[end - 1], site, url.strip())) {
            end--;
        }
        while (start < end && lines[start].isBlank()) {
            start++;
        }
        String markdown = String.join("\n", Arrays.copyOfRange(lines, start, end)).strip();

        List<String> header = new ArrayList<>();
        for (int i = 0; i < metaLine; i++) {
            if (!lines[i].isBlank()) {
                header.add(shown(lines[i]));
            }
        }
        notes.add("clipped WordPress page: kept the article only; dropped the page header (" + header.size()
                + " lines: " + String.join(" | ", header) + ")");
        // The byline, the comment status and the like: what the meta line says besides its links.
        String leftOver = String.join(" | ", rest.stream().map(t -> plain(t).replaceAll("^[,，\\s]+|[,，\\s]+$", ""))
                .filter(t -> !t.isEmpty()).toList());
        notes.add("read the meta line as " + categories.size() + " categories and " + tags.size() + " tags"
                + (leftOver.isEmpty() ? "" : "; dropped its text '" + WordPressPermalink.cut(leftOver, 120)
                        + "'"));
        List<String> footer = new ArrayList<>();
        for (int i = end; i < lines.length; i++) {
            if (!lines[i].isBlank() && !RULE.matcher(lines[i]).matches()) {
                footer.add(shown(lines[i]));
            }
        }
        if (!footer.isEmpty()) {
            notes.add("dropped the page footer (" + footer.size() + " lines: " + String.join(" | ", footer) + ")");
        }

        Instant published = post.publishedAt();
        // The front matter's date may carry the time of day; the permalink's day wins when the two disagree.
        if (published == null || !published.atZone(zone).toLocalDate().equals(day)) {
            notes.remove(FrontMatter.NO_DATE);
            if (published != null) {
                notes.add("date " + published + " is not the permalink's day " + day + ": the permalink's kept");
            }
            published = day.atStartOfDay(zone).toInstant();
        }
        String featured = post.featured();
        if (featured == null) {
            Matcher image = FIRST_IMAGE.matcher(markdown);
            if (image.find()) {
                featured = image.group(1) != null ? image.group(1) : image.group(2);
                notes.add("featured image: the article's first picture");
            }
        }
        List<List<TermRef>> allCategories = new ArrayList<>(post.categories());
        allCategories.addAll(categories.values());
        List<TermRef> allTags = new ArrayList<>(post.tags());
        allTags.addAll(tags.values());
        // The slug is the permalink's already: FrontMatter takes it from the url unless the front matter names one.
        return new ImportedPost(post.sourceKey(), post.title(), post.slug(), post.status(), published, markdown,
                post.excerpt(), allTags, allCategories, post.authors(), post.sourceUrl(), featured, notes);
    }

    private static ImportedPost unrecognised(ImportedPost post, String why) {
        List<String> notes = new ArrayList<>(post.notes());
        notes.add("clipped page not recognised as a WordPress post (" + why + "): imported whole");
        return new ImportedPost(post.sourceKey(), post.title(), post.slug(), post.status(), post.publishedAt(),
                post.markdown(), post.excerpt(), post.tags(), post.categories(), post.authors(), post.sourceUrl(),
                post.featured(), notes);
    }

    private static boolean linksTo(String line, String url) {
        String bare = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return line.contains("](" + bare + "/") || line.contains("](" + bare + ")")
                || line.contains("](" + bare + " ");
    }

    /**
     * A line of the page's footer: blank, a rule, a theme's footer wording, or one that only links within the site to
     * something other than this post (previous/next post, archives).
     */
    private static boolean isFooter(String line, String site, String url) {
        if (line.isBlank() || RULE.matcher(line).matches() || FOOTER_WORDS.matcher(line).find()) {
            return true;
        }
        Matcher link = LINK.matcher(line);
        boolean linksWithinSite = false;
        int at = 0;
        StringBuilder outside = new StringBuilder();
        while (link.find()) {
            outside.append(line, at, link.start());
            at = link.end();
            String target = link.group(2);
            if (!target.startsWith(site + "/") || linksTo(line, url)) {
                return false;
            }
            linksWithinSite = true;
        }
        outside.append(line.substring(at));
        return linksWithinSite && plain(outside.toString()).replaceAll("[*\\-+«»<>|:：,，.。\\s]", "").isEmpty();
    }

    private static String shown(String line) {
        Matcher link = LINK.matcher(line);
        return WordPressPermalink.cut(plain(link.replaceAll(m -> Matcher.quoteReplacement(
                IMAGE_IN_LINK.matcher(m.group(1)).replaceAll("")))), SHOWN);
    }

    private static String plain(String text) {
        return text.replaceAll("^[#*>\\-\\s]+", "").replaceAll("\\s+", " ").strip();
    }
}
