#!/usr/bin/env python3
"""Writes a deterministic WordPress export (WXR 1.2) for the import benchmark.

Usage: python3 src/bench/generate-wxr.py POSTS OUT.xml
Same arguments, same bytes: 12 categories in a tree, 200 tags, 3-8 tags per post, Chinese and English paragraphs,
dates over 5 years, one attachment per 10 posts used as their featured image (_thumbnail_id), a page and a draft
every 50 posts.
"""
import random
import sys
from xml.sax.saxutils import escape

ZH = ["中国企业超越美国同行的机会不超过20%。", "算力差距高达百倍，开源模型正在缩小距离。", "我们讨论了推理成本、数据质量与评测方法。",
      "这篇文章记录了一次迁移：从 WordPress 到无头内容接口。", "缓存与索引决定了列表的延迟。"]
EN = ["Import scripts are one of three kinds of users.", "A re-run must never duplicate anything.",
      "Keyset paging keeps deep pages as fast as the first.", "Every write bumps the content version.",
      "Tags and categories arrive with their posts."]
CATEGORIES = [("tech", "技术", ""), ("life", "Life", ""), ("ai", "人工智能", "tech"), ("web", "Web", "tech"),
              ("llm", "大模型", "ai"), ("agents", "Agents", "ai"), ("frontend", "Frontend", "web"),
              ("backend", "Backend", "web"), ("travel", "旅行", "life"), ("books", "读书", "life"),
              ("java", "Java", "backend"), ("go", "Go", "backend")]


def main():
    posts, out = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(42)
    tags = [("tag-%d" % i, ("标签%d" % i) if i % 2 else ("Tag %d" % i)) for i in range(200)]
    with open(out, "w", encoding="utf-8") as f:
        w = f.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"'
          ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
          ' xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench</title><link>https://bench.example</link>\n'
          '<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example</wp:base_site_url>\n'
          '<wp:author><wp:author_login>bench</wp:author_login><wp:author_display_name><![CDATA[老范]]></wp:author_display_name></wp:author>\n')
        for slug, name, parent in CATEGORIES:
            w('<wp:category><wp:category_nicename>%s</wp:category_nicename><wp:category_parent>%s</wp:category_parent>'
              '<wp:cat_name><![CDATA[%s]]></wp:cat_name></wp:category>\n' % (slug, parent, name))
        for slug, name in tags:
            w('<wp:tag><wp:tag_slug>%s</wp:tag_slug><wp:tag_name><![CDATA[%s]]></wp:tag_name></wp:tag>\n' % (slug, name))
        item_id = 100000
        for i in range(posts):
            if i % 10 == 0:
                item_id += 1
                attachment = item_id
                w('<item><title>image %d</title><guid isPermaLink="false">https://bench.example/?attachment_id=%d</guid>'
                  '<wp:post_id>%d</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>'
                  '<wp:attachment_url>https://bench.example/wp-content/uploads/2024/01/image-%d.jpg</wp:attachment_url>'
                  '</item>\n' % (i, attachment, attachment, i))
            day = rnd.randrange(5 * 365)
            date = "20%02d-%02d-%02d %02d:%02d:%02d" % (20 + day // 365, 1 + (day % 365) // 31 % 12, 1 + day % 28,
                                                          rnd.randrange(24), rnd.randrange(60), rnd.randrange(60))
            paragraphs = [rnd.choice(ZH if (i + k) % 2 else EN) * rnd.randint(1, 6) for k in range(rnd.randint(3, 12))]
            body = "\n\n".join(paragraphs) + '\n\n<img src="https://bench.example/wp-content/uploads/2024/01/image-%d.jpg" />' % (i - i % 10)
            post_type = "page" if i % 50 == 7 else "post"
            status = "draft" if i % 50 == 13 else "publish"
            terms = "".join('<category domain="post_tag" nicename="%s"><![CDATA[%s]]></category>' % t
                            for t in rnd.sample(tags, rnd.randint(3, 8)))
            cat = rnd.choice(CATEGORIES)
            terms += '<category domain="category" nicename="%s"><![CDATA[%s]]></category>' % (cat[0], cat[1])
            w('<item><title>%s</title><link>https://bench.example/%d/bench-post-%d/</link>'
              '<guid isPermaLink="false">https://bench.example/?p=%d</guid><dc:creator>bench</dc:creator>'
              '<content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>'
              '<wp:post_id>%d</wp:post_id><wp:post_date>%s</wp:post_date><wp:post_date_gmt>%s</wp:post_date_gmt>'
              '<wp:post_name>bench-post-%d</wp:post_name><wp:status>%s</wp:status><wp:post_type>%s</wp:post_type>'
              '%s<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>%d</wp:meta_value></wp:postmeta>'
              '</item>\n' % (escape("第 %d 篇：Import bench post %d" % (i, i)), i, i, i, body, i, date, date, i,
                             status, post_type, terms, attachment))
        w('</channel>\n</rss>\n')


if __name__ == "__main__":
    main()
