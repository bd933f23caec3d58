package dev.inkstone.sitemap;

/** Examples for the OpenAPI document, a Chinese slug among them. */
final class SitemapExamples {

    static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\
            <sitemap><loc>https://blog.example.com/sitemaps/posts-1.xml</loc>\
            <lastmod>2026-01-14T03:39:17Z</lastmod></sitemap>\
            <sitemap><loc>https://blog.example.com/sitemaps/tags-1.xml</loc></sitemap>\
            <sitemap><loc>https://blog.example.com/sitemaps/categories-1.xml</loc></sitemap></sitemapindex>""";

    static final String URLSET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\
            <url><loc>https://blog.example.com/posts/china-ai-innovation</loc>\
            <lastmod>2026-01-14T03:39:17Z</lastmod></url>\
            <url><loc>https://blog.example.com/posts/%E8%A5%BF%E6%B9%96%E7%9A%84%E6%98%A5%E5%A4%A9</loc>\
            <lastmod>2026-01-12T08:00:00Z</lastmod></url></urlset>""";

    private SitemapExamples() {
    }
}
