#!/usr/bin/env python3
"""Saves the post clip.php adds, as the HTML import fixtures (src/test/resources/fixtures/saved-page/).

  python3 save-page.py PERMALINK OUT_DIR NAME

writes NAME.html, the page as served ("Save page as… HTML only", or curl), and NAME-complete.html, the page as a
browser's "Web page, complete" writes it: the "saved from" comment after the doctype, each picture of the page
(img src) saved to NAME_files/ and named there relatively, srcset dropped. The pictures themselves land in
OUT_DIR/NAME_files/ for a look; the fixtures commit only the pages (the tests draw the pictures, see the README).
No browser runs on the build machine, hence this stand-in for one.
"""
import os
import re
import sys
import urllib.parse
import urllib.request

url, out, name = sys.argv[1], sys.argv[2], sys.argv[3]
page = urllib.request.urlopen(url).read().decode("utf-8")
with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as f:
    f.write(page)

files = name + "_files"
os.makedirs(os.path.join(out, files), exist_ok=True)
saved = {}


def local(match):
    src = match.group(2)
    if src not in saved:
        file = os.path.basename(urllib.parse.urlsplit(src).path)
        with open(os.path.join(out, files, file), "wb") as f:
            f.write(urllib.request.urlopen(src).read())
        saved[src] = "./" + files + "/" + file
    return match.group(1) + saved[src] + match.group(3)


complete = re.sub(r'(<img\b[^>]*?\ssrc=")([^"]+)(")', local, page)
complete = re.sub(r'(<img\b[^>]*?)\s(?:srcset|sizes)="[^"]*"', r"\1", complete)
complete = re.sub(r'(<img\b[^>]*?)\s(?:srcset|sizes)="[^"]*"', r"\1", complete)
complete = complete.replace("<!DOCTYPE html>", "<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->" % (len(url), url), 1)
with open(os.path.join(out, name + "-complete.html"), "w", encoding="utf-8") as f:
    f.write(complete)
print("saved", len(saved), "pictures:", ", ".join(saved.values()))
