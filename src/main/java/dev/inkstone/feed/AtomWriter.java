package dev.inkstone.feed;

/**
 * Atom 1.0 (RFC 4287): the post's HTML as escaped {@code type="html"} content, its excerpt as the summary. The
 * feed-level author is the site, so entries without an author of their own stay valid (§4.1.2).
 */
final class AtomWriter {

    static final String FILE = "atom.xml";
    static final String MEDIA_TYPE = "application/atom+xml";

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    static byte[] write(Feed feed) {
        XmlDocument xml = new XmlDocument();
        xml.root("feed", ATOM)
                .text("id", feed.selfBase() + FILE)
                .text("title", feed.title())
                .text("subtitle", feed.description())
                .instant("updated", feed.updated())
                .empty("link", "rel", "self", "type", MEDIA_TYPE, "href", feed.selfBase() + FILE)
                .empty("link", "rel", "alternate", "type", "text/html", "href", feed.pageUrl())
                .start("author").text("name", feed.title()).end()
                .text("generator", "Inkstone");
        for (Feed.Entry entry : feed.entries()) {
            xml.start("entry")
                    .text("id", entry.url())
                    .text("title", entry.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", entry.url())
                    .instant("published", entry.published())
                    .instant("updated", entry.updated());
            for (String author : entry.authors()) {
                xml.start("author").text("name", author).end();
            }
            for (String category : entry.categories()) {
                xml.empty("category", "term", category);
            }
            xml.text("summary", entry.summary())
                    .text("content", entry.html(), "type", "html")
                    .end();
        }
        return xml.toBytes();
    }
}
