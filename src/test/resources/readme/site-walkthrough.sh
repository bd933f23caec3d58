#!/usr/bin/env bash
# README's "Building a site" walk-through, run by ReadmeSiteWalkthroughTest against the test server (API and TOKEN
# from the environment). Everything below the marker line is in README.md verbatim; the test fails when they differ.
set -euo pipefail
# --- README site walk-through ---
API=${API:-http://localhost:8080/api/v1}
BASE=${API%/api/v1}                                   # feeds and sitemaps live beside the API, not under it
AUTH="Authorization: Bearer ${TOKEN:?export TOKEN=<the admin token from the log> first}"
JSON="Content-Type: application/json"
id() { sed -n 's|^location: .*/\([0-9][0-9]*\)\r*$|\1|Ip' headers.txt; }   # the id a create answered with

# the author first: a post and a page name their authors by slug
curl -sf -XPOST $API/authors -H "$AUTH" -H "$JSON" -d '{"name": "老范", "slug": "lao-fan",
  "bio": "写代码，也写中国故事。", "website": "https://lukefan.com"}'

# an About page (关于) and a page under it; pages carry authors and seo as posts do
curl -sf -XPUT $API/pages/slug/guanyu -H "$AUTH" -H "$JSON" -D headers.txt -d '{"title": "关于",
  "status": "published", "markdown": "老范的博客，写**中国故事**。", "menuOrder": 10, "authors": ["lao-fan"],
  "seo": {"description": "关于老范和这个博客"}}'
about=$(id)
curl -sf -XPOST $API/pages -H "$AUTH" -H "$JSON" -d '{"title": "联系我", "slug": "contact",
  "status": "published", "markdown": "欢迎来信，也欢迎留言。", "parentId": '"$about"'}'
#   → {"slug": "contact", "path": ["guanyu", "contact"], "parentId": …, "authors": [], …}

# a category, and a post in it by that author, with its seo object
curl -sf -XPOST $API/categories -H "$AUTH" -H "$JSON" -D headers.txt -d '{"name": "随笔", "slug": "essays"}'
essays=$(id)
curl -sf -XPUT $API/posts/slug/first-post -H "$AUTH" -H "$JSON" -d '{"title": "开张了",
  "status": "published", "markdown": "第一篇文章。", "categories": ["essays"], "authors": ["lao-fan"],
  "seo": {"title": "开张了 | 老范的博客", "description": "老范的博客开张了",
          "canonicalUrl": "https://blog.example.cn/first-post"}}'

# the site: title, address, language and time zone, and two menus (a URL, a page and a category item)
curl -sf -XPATCH $API/site -H "$AUTH" -H 'Content-Type: application/merge-patch+json' -d '{
  "title": "老范的博客", "url": "https://blog.example.cn", "locale": "zh-CN", "timezone": "Asia/Shanghai",
  "navigation": [{"label": "首页", "url": "/"}, {"label": "关于", "pageId": '"$about"'},
                 {"label": "随笔", "categoryId": '"$essays"'}],
  "secondaryNavigation": [{"label": "GitHub", "url": "https://github.com/lao-fan"}]}' > /dev/null

# what a frontend reads: the site with its menus resolved to slugs and paths (anonymously), the author, the
# author's feed and the sitemap
curl -sf $API/site
curl -sf $API/authors/slug/lao-fan
curl -sf $BASE/feeds/author/lao-fan/rss.xml | grep -o '<item><title>[^<]*</title>'   # the post, by title
curl -sf $BASE/sitemap.xml; echo
curl -sf $BASE/sitemaps/pages-1.xml
