package dev.inkstone.importer.source;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * WordPress post bodies as Inkstone markdown. WordPress stores HTML whose paragraphs are blank-line separated text
 * (its wpautop adds the {@code <p>} on display). The body is kept as HTML, not converted to markdown: paragraphs get
 * their {@code <p>}, and the whole body becomes one raw HTML block (no blank lines, wrapped in a {@code <div>} the
 * sanitizer unwraps), so CommonMark passes it to the sanitizer untouched: indented lines never turn into code
 * blocks and a {@code *} in text never turns into emphasis. Block-editor comments are dropped by the sanitizer.
 */
final class WordPressHtml {

    private static final Pattern PRE = Pattern.compile("(?is)<pre\\b.*?</pre>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n[\\s]*");
    private static final Pattern BLOCK_START = Pattern.compile("(?is)^<(?:!--|/?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|"
            + "blockquote|pre|table|thead|tbody|tr|td|th|figure|figcaption|hr|address|section|article|aside|"
            + "header|footer|nav|details|summary|form|fieldset|iframe|script|style|video|audio|object)\\b)");

    private WordPressHtml() {
    }

    /** The body as a markdown document made of one raw HTML block. */
    static String toMarkdown(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = html.replace("\r\n", "\n").replace('\r', '\n').strip();
        // Newlines inside <pre> are code: they become character references so no blank line ends the HTML block.
        StringBuilder protectedPre = new StringBuilder();
        Matcher pre = PRE.matcher(text);
        while (pre.find()) {
            pre.appendReplacement(protectedPre, Matcher.quoteReplacement(pre.group().replace("\n", "&#10;")));
        }
        pre.appendTail(protectedPre);
        StringJoiner out = new StringJoiner("\n", "<div>", "</div>");
        for (String chunk : BLANK_LINES.split(protectedPre)) {
            String trimmed = chunk.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            out.add(BLOCK_START.matcher(trimmed).find() ? trimmed
                    : "<p>" + trimmed.replace("\n", "<br>\n") + "</p>");
        }
        return out.toString();
    }

    /** Plain text of an HTML excerpt, or null when it has none. */
    static String text(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = Jsoup.parseBodyFragment(html).body().text().strip();
        return text.isEmpty() ? null : text;
    }

    static boolean isHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
