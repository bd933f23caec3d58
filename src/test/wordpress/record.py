#!/usr/bin/env python3
"""Records the REST answers the WordPress import reads from the site setup.sh made, as the fixtures
WordPressImportTest replays: src/test/resources/fixtures/wordpress-rest/.

    python3 src/test/wordpress/record.py http://127.0.0.1:8090 admin:<application password>

Each list is recorded page by page with per_page=10 (the test profile reads 10 a page, so paging is exercised), in
the view context (anonymous) and the edit context (with the application password). _links are dropped. index.json
holds each page's X-WP-Total and X-WP-TotalPages and the site's origin, which the replaying server replaces with its
own address. Image files are not recorded: the replaying server draws one for every media URL (fixtures hold no
images; see fixtures/README.md).
"""
import base64
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

PER_PAGE = 10
STATUSES = "publish,future,draft,pending,private"
LISTS = ["categories", "tags", "users", "media", "pages", "posts"]


def main():
    origin = sys.argv[1].rstrip("/")
    credentials = sys.argv[2]
    out = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        os.path.dirname(__file__), "..", "resources", "fixtures", "wordpress-rest")
    os.makedirs(out, exist_ok=True)
    auth = "Basic " + base64.b64encode(credentials.encode()).decode()
    index = {"origin": origin, "perPage": PER_PAGE, "pages": {}}
    media_urls = set()
    for context in ["view", "edit"]:
        for endpoint in LISTS:
            if endpoint == "users" and context == "edit":
                continue  # the import reads users in the view context always
            page = 1
            while True:
                query = {"per_page": PER_PAGE, "page": page}
                if context == "edit":
                    query["context"] = "edit"
                if endpoint in ("posts", "pages"):
                    if context == "edit":
                        query["status"] = STATUSES
                    query["orderby"] = "id"
                    query["order"] = "asc"
                url = origin + "/wp-json/wp/v2/" + endpoint + "?" + urllib.parse.urlencode(query)
                request = urllib.request.Request(url)
                if context == "edit":
                    request.add_header("Authorization", auth)
                with urllib.request.urlopen(request) as response:
                    body = json.load(response)
                    total = int(response.headers.get("X-WP-Total", "-1"))
                    pages = int(response.headers.get("X-WP-TotalPages", "-1"))
                for item in body:
                    item.pop("_links", None)
                    if endpoint == "media" and item.get("source_url"):
                        media_urls.add(item["source_url"])
                name = "%s-%s-%d.json" % (endpoint, context, page)
                with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                    json.dump(body, f, ensure_ascii=False, indent=1)
                    f.write("\n")
                index["pages"][name] = {"total": total, "totalPages": pages}
                if page >= pages:
                    break
                page += 1
    with open(os.path.join(out, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=1, sort_keys=True)
        f.write("\n")
    print("recorded %d pages (%d media URLs) into %s" % (len(index["pages"]), len(media_urls), out))


if __name__ == "__main__":
    main()
