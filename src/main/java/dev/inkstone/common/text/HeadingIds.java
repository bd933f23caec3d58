package dev.inkstone.common.text;

import java.util.HashSet;
import java.util.Set;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.jsoup.nodes.Element;

/** Gives every heading an id that no other heading in the same document has. */
final class HeadingIds {

    /** Id of a heading with no letters or digits, such as "## !!!". */
    static final String DEFAULT_ID = "section";

    private HeadingIds() {
    }

    /**
     * Keeps the ids markdown headings already got, so links written against GitHub-style anchors still work, and
     * fills in those of raw HTML headings. CommonMark's generator only avoids ids it generated itself, so "a", "a"
     * and "a-1" would end up as a, a-1, a-1: duplicates are renumbered here against every id in the document.
     */
    static void assign(Element root) {
        Set<String> used = new HashSet<>();
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
            String base = heading.id().isBlank() ? idFor(heading.text()) : heading.id();
            String id = base;
            for (int n = 1; used.contains(id); n++) {
                id = base + "-" + n;
            }
            used.add(id);
            heading.id(id);
        }
    }

    private static String idFor(String text) {
        // A fresh generator per heading: its own numbering would skip ids it never saw.
        return IdGenerator.builder().defaultId(DEFAULT_ID).build().generateId(text);
    }
}
