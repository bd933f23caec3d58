package dev.inkstone.feed;

/** Examples for the OpenAPI document: one Chinese and one English post in each format. */
final class FeedExamples {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>Inkstone · 机器学习</title>\
            <link>https://blog.example.com/tags/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0</link>\
            <description>关于机器学习的文章</description>\
            <atom:link href="https://blog.example.com/feeds/tag/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0/rss.xml" \
            rel="self" type="application/rss+xml"/><lastBuildDate>Wed, 14 Jan 2026 03:39:17 GMT</lastBuildDate>\
            <generator>Inkstone</generator><item><title>中国顶尖大脑闭门承认：我们做不了0到1</title>\
            <link>https://blog.example.com/posts/china-ai-innovation</link>\
            <guid isPermaLink="true">https://blog.example.com/posts/china-ai-innovation</guid>\
            <pubDate>Tue, 13 Jan 2026 00:00:00 GMT</pubDate><dc:creator>老范</dc:creator>\
            <description>中国企业超越美国同行的机会不超过20%。</description><content:encoded>&lt;p&gt;算力差距&lt;img \
            src="https://blog.example.com/media/3f0c/w640.jpg"&gt;&lt;/p&gt;</content:encoded>\
            <category>机器学习</category><category>中国故事</category></item><item><title>Tea &amp; ownership</title>\
            <link>https://blog.example.com/posts/tea-and-ownership</link>\
            <guid isPermaLink="true">https://blog.example.com/posts/tea-and-ownership</guid>\
            <pubDate>Mon, 12 Jan 2026 08:00:00 GMT</pubDate><description>Who owns the kettle?</description>\
            <content:encoded>&lt;p&gt;Who owns the kettle?&lt;/p&gt;</content:encoded><category>机器学习</category>\
            </item></channel></rss>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><id>https://blog.example.com/feeds/atom.xml</id>\
            <title>Inkstone</title><subtitle>Inkstone</subtitle><updated>2026-01-14T03:39:17Z</updated>\
            <link rel="self" type="application/atom+xml" href="https://blog.example.com/feeds/atom.xml"/>\
            <link rel="alternate" type="text/html" href="https://blog.example.com/"/>\
            <author><name>Inkstone</name></author><generator>Inkstone</generator><entry>\
            <id>https://blog.example.com/posts/china-ai-innovation</id>\
            <title>中国顶尖大脑闭门承认：我们做不了0到1</title>\
            <link rel="alternate" type="text/html" href="https://blog.example.com/posts/china-ai-innovation"/>\
            <published>2026-01-13T00:00:00Z</published><updated>2026-01-14T03:39:17Z</updated>\
            <author><name>老范</name></author><category term="机器学习"/>\
            <summary>中国企业超越美国同行的机会不超过20%。</summary>\
            <content type="html">&lt;p&gt;算力差距&lt;/p&gt;</content></entry><entry>\
            <id>https://blog.example.com/posts/tea-and-ownership</id><title>Tea &amp; ownership</title>\
            <link rel="alternate" type="text/html" href="https://blog.example.com/posts/tea-and-ownership"/>\
            <published>2026-01-12T08:00:00Z</published><updated>2026-01-12T08:00:00Z</updated>\
            <summary>Who owns the kettle?</summary>\
            <content type="html">&lt;p&gt;Who owns the kettle?&lt;/p&gt;</content></entry></feed>""";

    static final String JSON = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Inkstone · 中国故事",
             "home_page_url": "https://blog.example.com/categories/%E4%B8%AD%E5%9B%BD%E6%95%85%E4%BA%8B",
             "feed_url": "https://blog.example.com/feeds/category/%E4%B8%AD%E5%9B%BD%E6%95%85%E4%BA%8B/feed.json",
             "description": "中国故事",
             "items": [
              {"id": "https://blog.example.com/posts/china-ai-innovation",
               "url": "https://blog.example.com/posts/china-ai-innovation",
               "title": "中国顶尖大脑闭门承认：我们做不了0到1", "content_html": "<p>算力差距</p>",
               "summary": "中国企业超越美国同行的机会不超过20%。", "date_published": "2026-01-13T00:00:00Z",
               "date_modified": "2026-01-14T03:39:17Z", "authors": [{"name": "老范"}], "tags": ["中国故事"]},
              {"id": "https://blog.example.com/posts/tea-and-ownership",
               "url": "https://blog.example.com/posts/tea-and-ownership", "title": "Tea & ownership",
               "content_html": "<p>Who owns the kettle?</p>", "summary": "Who owns the kettle?",
               "date_published": "2026-01-12T08:00:00Z", "date_modified": "2026-01-12T08:00:00Z",
               "tags": ["中国故事"]}]}""";

    private FeedExamples() {
    }
}
