package dev.inkstone.importer.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inkstone.importer.item.ImportedPost.TermRef;

/**
 * A WordPress post's dated permalink ({@code https://site/2026/01/13/slug/}) and the site's term links beside it, as
 * a clipped or saved page shows them: what a markdown clipping ({@link ClippedWordPressPage}) and a saved HTML page
 * ({@link SavedWordPressPage}) both recognise a post by. Categories live under the site's {@code /category/} base
 * with their parents in the path, tags under {@code /tag/}; slugs are the percent-decoded, lower-cased segments.
 *
 * @param site the site's address, with the folder WordPress is installed in, without a trailing slash
 * @param day  the day in the permalink
 * @param slug the decoded last segment
 */
record WordPressPermalink(String url, String site, LocalDate day, String slug) {

    private static final Pattern DATED = Pattern.compile(
            "^(https?://[^/?#]+(?:/[^?#]*?)?)/(\\d{4})/(\\d{2})/(\\d{2})/([^/?#]+)/?(?:[?#].*)?$");

    /** Why a url is not a dated permalink, for a report line. */
    static final String NOT_DATED = "its url is not a dated WordPress permalink (/year/month/day/slug/)";
    static final String NOT_A_DAY = "its permalink's date is not a date";

    /** Thrown when a url is not a dated permalink; the message says why. */
    static final class NotAPermalink extends Exception {
        NotAPermalink(String why) {
            super(why, null, false, false);
        }
    }

    static WordPressPermalink parse(String url) throws NotAPermalink {
        Matcher permalink = url == null ? null : DATED.matcher(url.strip());
        if (permalink == null || !permalink.matches()) {
            throw new NotAPermalink(NOT_DATED);
        }
        LocalDate day;
        try {
            day = LocalDate.of(Integer.parseInt(permalink.group(2)), Integer.parseInt(permalink.group(3)),
                    Integer.parseInt(permalink.group(4)));
        } catch (DateTimeException e) {
            throw new NotAPermalink(NOT_A_DAY);
        }
        List<String> last = segments(permalink.group(5));
        if (last.isEmpty()) {
            throw new NotAPermalink(NOT_DATED);
        }
        return new WordPressPermalink(url.strip(), permalink.group(1), day, last.get(0));
    }

    String categoryBase() {
        return site + "/category/";
    }

    String tagBase() {
        return site + "/tag/";
    }

    /**
     * The category a link under the category base names, root first: {@code 中国故事/墙国的奇葩商业故事/} →
     * 中国故事 › 墙国的奇葩商业故事, the leaf named as its link shows it; empty when the link is not one.
     */
    List<TermRef> category(String target, String text) {
        if (!target.startsWith(categoryBase())) {
            return List.of();
        }
        List<TermRef> refs = new ArrayList<>();
        List<String> segments = segments(target.substring(categoryBase().length()));
        for (int i = 0; i < segments.size(); i++) {
            String slug = segments.get(i);
            boolean leaf = i == segments.size() - 1;
            // A parent is not shown on the page: its decoded slug is the best name the page gives.
            refs.add(new TermRef(leaf && !text.isEmpty() ? text : slug, slug));
        }
        return refs;
    }

    /** The tag a link under the tag base names, or null when the link is not one. */
    TermRef tag(String target, String text) {
        return term(tagBase(), target, text);
    }

    /** The author a link under the site's {@code /author/} base names, or null when the link is not one. */
    TermRef author(String target, String text) {
        return term(site + "/author/", target, text);
    }

    private static TermRef term(String base, String target, String text) {
        if (!target.startsWith(base)) {
            return null;
        }
        List<String> segments = segments(target.substring(base.length()));
        if (segments.isEmpty()) {
            return null;
        }
        String slug = segments.get(segments.size() - 1);
        return new TermRef(text.isEmpty() ? slug : text, slug);
    }

    /** The decoded, lower-cased segments of a path; a segment with a malformed escape is left out. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int cut = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        for (String part : (cut >= 0 ? path.substring(0, cut) : path).split("/")) {
            if (part.isEmpty() || part.equals("page")) {
                continue;
            }
            try {
                // '+' is a plus in a path, not a space as in a query.
                String decoded = URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!decoded.isBlank()) {
                    segments.add(decoded.strip().toLowerCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                // A malformed escape: the segment names nothing we could slug.
            }
        }
        return segments;
    }

    /** Text cut to {@code max} code points for a report line. */
    static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
