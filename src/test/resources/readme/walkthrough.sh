#!/usr/bin/env bash
# The README's walk-through, run by ReadmeWalkthroughTest against the test server (API and TOKEN from the
# environment). Everything below the marker line is in README.md verbatim; the test fails when the two differ.
set -euo pipefail
# --- README walk-through ---
API=${API:-http://localhost:8080/api/v1}
AUTH="Authorization: Bearer ${TOKEN:?export TOKEN=<the admin token from the log> first}"
JSON="Content-Type: application/json"
id() { sed -n 's|^location: .*/\([0-9][0-9]*\)\r*$|\1|Ip' headers.txt; }   # the id a create answered with

# a tag
curl -sf -XPOST $API/tags -H "$AUTH" -H "$JSON" -d '{"name": "DeepSeek"}'

# a category with a parent; the parent's id comes from the Location header of its create
curl -sf -XPOST $API/categories -H "$AUTH" -H "$JSON" -d '{"name": "中国故事", "slug": "中国故事"}' -D headers.txt
parent=$(id)
curl -sf -XPOST $API/categories -H "$AUTH" -H "$JSON" \
     -d '{"name": "墙国的奇葩商业故事", "slug": "墙国的奇葩商业故事", "parentId": '"$parent"'}'
#   → {"id": …, "path": ["中国故事", "墙国的奇葩商业故事"], …}

# a post in Chinese with both, from a file; tags that do not exist yet are created ("AI Agent" becomes ai-agent)
cat > post.json <<'JSON'
{
  "title": "中国顶尖大脑闭门承认：算力差距高达百倍",
  "status": "published",
  "markdown": "## 背景：AGI Next 闭门峰会\n\n中国企业超越美国同行的机会不超过20%。",
  "tags": ["deepseek", "AI Agent"],
  "categories": ["墙国的奇葩商业故事"]
}
JSON
curl -sf -XPUT "$API/posts/slug/china-ai-innovation" -H "$AUTH" -H "$JSON" -d @post.json -D headers.txt
post=$(id)

# read it back by slug, anonymously (published content is public)
curl -sf $API/posts/slug/china-ai-innovation
#   → {"id": …, "title": "中国顶尖大脑…", "html": "<h2 id=\"背景agi-next-闭门峰会\">…", "wordCount": 25, …,
#      "categories": [{"slug": "墙国的奇葩商业故事", "path": ["中国故事", "墙国的奇葩商业故事"]}]}

# Chinese slugs in paths, percent-encoded (curl sends a raw UTF-8 query string as it is; both work)
curl -sf "$API/categories/slug/%E4%B8%AD%E5%9B%BD%E6%95%85%E4%BA%8B"
curl -sf "$API/search?q=算力"

# caching: every read has a strong ETag; sent back in If-None-Match it gives 304 and no body
etag=$(curl -sfi $API/posts/$post | sed -n 's/^etag: *\("[^"]*"\).*/\1/Ip')
curl -s -o /dev/null -w '%{http_code}\n' $API/posts/$post -H "If-None-Match: $etag"         # 304

# change the post only if nobody changed it since it was read; otherwise 412 and nothing is written
curl -sf -XPATCH $API/posts/$post -H "$AUTH" -H 'Content-Type: application/merge-patch+json' \
     -H "If-Match: $etag" -d '{"title": "新标题"}'
curl -s -o /dev/null -w '%{http_code}\n' -XPATCH $API/posts/$post -H "$AUTH" \
     -H 'Content-Type: application/merge-patch+json' -H "If-Match: $etag" -d '{"title": "旧标题"}'   # 412

# an import that never overwrites: create only, 412 when the slug exists
curl -s -o /dev/null -w '%{http_code}\n' -XPUT $API/posts/slug/china-ai-innovation -H "$AUTH" -H "$JSON" \
     -H 'If-None-Match: *' -d @post.json                                                       # 412

# an image (editor token): any JPEG, PNG, GIF or WebP; this one is drawn by a small Java program
java src/bench/MakePhoto.java west-lake.jpg 1600 1200
curl -sf -XPOST $API/images -H "$AUTH" -F file=@west-lake.jpg -F alt='雷峰塔与西湖的日落' -F caption='杭州' \
     -D headers.txt
image=$(id)
#   → 201 {"id": …, "url": "/media/3f0c…/original.jpg", "width": 1600, "height": 1200, "sha256": "3f0c…",
#          "placeholder": {"color": "#8a7f6e", "lqip": "data:image/jpeg;base64,…"},
#          "variants": [{"width": 320, "height": 240, "url": "/media/3f0c…/w320.jpg", "webpUrl": "…/w320.webp"}, …]}
curl -sf -XPATCH $API/images/$image -H "$AUTH" -H 'Content-Type: application/merge-patch+json' \
     -d '{"focalPoint": {"x": 0.6, "y": 0.4}}'
# the post's featured image, by id; the post JSON embeds it with every variant URL (srcset, no extra request)
curl -sf -XPATCH $API/posts/$post -H "$AUTH" -H 'Content-Type: application/merge-patch+json' \
     -d '{"featuredImage": '"$image"'}'

# import a markdown file with front matter (a dry run first: it reports and writes nothing)
printf -- '---\ntitle: 导入的文章\ndate: 2024-05-06\ntags: [导入]\n---\n正文。\n' > hello.md
INKSTONE_URL=${API%/api/v1} INKSTONE_TOKEN=$TOKEN src/main/scripts/inkstone-import.sh hello.md --dry-run
INKSTONE_URL=${API%/api/v1} INKSTONE_TOKEN=$TOKEN src/main/scripts/inkstone-import.sh hello.md
curl -sf $API/export -H "$AUTH" > inkstone-export.json                  # everything, streamed
