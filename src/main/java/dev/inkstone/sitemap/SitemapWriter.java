package dev.inkstone.sitemap;

import java.util.List;

import dev.inkstone.feed.SiteLinks;
import dev.inkstone.feed.XmlDocument;

/** The sitemaps.org 0.9 XML: a sitemap index, and the urlset of one file. */
final class SitemapWriter {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapWriter() {
    }

    static byte[] index(List<SitemapService.Sitemap> files, SiteLinks links) {
        XmlDocument xml = new XmlDocument().root("sitemapindex", NAMESPACE);
        for (SitemapService.Sitemap file : files) {
            xml.start("sitemap").text("loc", links.absolute(file.path())).instant("lastmod", file.lastmod()).end();
        }
        return xml.toBytes();
    }

    static byte[] urlset(List<SitemapService.Url> urls) {
        XmlDocument xml = new XmlDocument().root("urlset", NAMESPACE);
        for (SitemapService.Url url : urls) {
            xml.start("url").text("loc", url.loc()).instant("lastmod", url.lastmod()).end();
        }
        return xml.toBytes();
    }
}
