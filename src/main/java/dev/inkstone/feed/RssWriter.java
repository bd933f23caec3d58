package dev.inkstone.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * RSS 2.0 (rssboard.org): the post's HTML in {@code content:encoded}, its excerpt as the description, the author in
 * {@code dc:creator} (RSS's own author element must be an e-mail address), and an {@code atom:link rel="self"}
 * as the RSS Advisory Board recommends.
 */
final class RssWriter {

    static final String FILE = "rss.xml";
    static final String MEDIA_TYPE = "application/rss+xml";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private RssWriter() {
    }

    static byte[] write(Feed feed) {
        XmlDocument xml = new XmlDocument();
        // RSS has no namespace of its own; the root carries the three module prefixes.
        xml.root("rss", null, "atom", ATOM, "content", CONTENT, "dc", DC).attribute("version", "2.0");
        xml.start("channel")
                .text("title", feed.title())
                .text("link", feed.pageUrl())
                .text("description", feed.description())
                .empty("atom:link", "href", feed.selfBase() + FILE, "rel", "self", "type", MEDIA_TYPE)
                .text("lastBuildDate", date(feed.updated()))
                .text("generator", "Inkstone");
        for (Feed.Entry entry : feed.entries()) {
            xml.start("item")
                    .text("title", entry.title())
                    .text("link", entry.url())
                    .text("guid", entry.url(), "isPermaLink", "true")
                    .text("pubDate", date(entry.published()))
                    // Dublin Core allows one creator element per author.
                    .text("dc:creator", entry.authors().isEmpty() ? null : entry.authors().get(0));
            for (String other : entry.authors().stream().skip(1).toList()) {
                xml.text("dc:creator", other);
            }
            xml.text("description", entry.summary())
                    .text("content:encoded", entry.html());
            for (String category : entry.categories()) {
                xml.text("category", category);
            }
            xml.end();
        }
        return xml.toBytes();
    }

    /** RFC 822 dates, as RSS 2.0 requires, in GMT. */
    private static String date(Instant instant) {
        return instant == null ? null : DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
