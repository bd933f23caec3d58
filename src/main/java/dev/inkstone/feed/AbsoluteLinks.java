package dev.inkstone.feed;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the links of a post's HTML absolute for feeds: a feed reader shows the content away from the site, where
 * {@code /media/…} or {@code ../about} would point at the reader's own host. Resolved against the post's permalink,
 * so fragments ({@code #heading}) lead back into the post.
 */
final class AbsoluteLinks {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "cite");

    private AbsoluteLinks() {
    }

    static String resolve(String html, String pageUrl) {
        Document document = Jsoup.parseBodyFragment(html, pageUrl);
        // The sanitizer's output is kept as it is, apart from the links; no re-indenting.
        document.outputSettings().prettyPrint(false);
        for (String attribute : URL_ATTRIBUTES) {
            for (Element element : document.select("[" + attribute + "]")) {
                String absolute = element.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    element.attr(attribute, absolute);
                }
            }
        }
        for (Element element : document.select("[srcset]")) {
            element.attr("srcset", srcset(element.attr("srcset"), pageUrl));
        }
        return document.body().html();
    }

    /** Each candidate of a srcset is "URL [descriptor]", comma-separated (HTML §4.8.4.2). */
    private static String srcset(String srcset, String pageUrl) {
        List<String> candidates = new ArrayList<>();
        for (String candidate : srcset.split(",")) {
            String[] parts = candidate.strip().split("\\s+", 2);
            if (parts[0].isEmpty()) {
                continue;
            }
            // jsoup's own resolver, the one absUrl uses, so both kinds of attribute resolve alike.
            String absolute = StringUtil.resolve(pageUrl, parts[0]);
            candidates.add((absolute.isEmpty() ? parts[0] : absolute) + (parts.length > 1 ? " " + parts[1] : ""));
        }
        return String.join(", ", candidates);
    }
}
