package dev.inkstone.common.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Reduces untrusted HTML to an allow-list of tags, attributes and URL schemes that cannot run script. */
public final class HtmlSanitizer {

    // Relative URLs are resolved against this only to check their scheme; the output keeps them as written.
    // The .invalid top-level domain is reserved and never resolves.
    private static final String CHECK_BASE_URI = "https://inkstone.invalid/";

    // Dropped with everything inside them: their text is code, styling or form furniture, never prose.
    private static final String REMOVED_WITH_CONTENT = "script, style, iframe, frame, frameset, object, embed, applet, "
            + "form, input, button, select, textarea, svg, math, noscript, template, link, meta, base, title";

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#-]+");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    // Browsers skip these anywhere in a URL, so "java\tscript:" still runs; they must not hide a scheme from us.
    private static final Pattern IGNORED_IN_URL = Pattern.compile("[\\x00-\\x20\\x7F]+");

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre",
                    "code", "em", "strong", "b", "i", "del", "s", "sup", "sub", "kbd", "mark", "span", "a", "img",
                    "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "dl", "dt", "dd",
                    "figure", "figcaption")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("ol", "start")
            .addAttributes("code", "class")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("details", "open")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    /** The safe, compact body fragment of the given HTML; "" for null. */
    public static String sanitize(String html) {
        return clean(html).body().html();
    }

    /** The cleaned document, for callers that go on reading it (text, headings) without parsing again. */
    static Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, CHECK_BASE_URI);
        dirty.select(REMOVED_WITH_CONTENT).remove();
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        keepOnlyLanguageClasses(clean);
        dropUnsafeUrls(clean, "a[href]", "href", LINK_SCHEMES);
        dropUnsafeUrls(clean, "img[src]", "src", IMAGE_SCHEMES);
        // A link whose target was removed is just text; unwrapping leaves no inert <a> behind.
        clean.select("a:not([href])").unwrap();
        clean.select("img:not([src])").remove();
        return clean;
    }

    private static void keepOnlyLanguageClasses(Document doc) {
        for (Element code : doc.select("code[class]")) {
            String kept = Arrays.stream(code.attr("class").trim().split("\\s+"))
                    .filter(name -> LANGUAGE_CLASS.matcher(name).matches())
                    .collect(Collectors.joining(" "));
            if (kept.isEmpty()) {
                code.removeAttr("class");
            } else {
                code.attr("class", kept);
            }
        }
    }

    /** A second, independent check of what the safelist let through, in the way a browser reads a URL. */
    private static void dropUnsafeUrls(Document doc, String selector, String attribute, Set<String> schemes) {
        for (Element element : doc.select(selector)) {
            String url = IGNORED_IN_URL.matcher(element.attr(attribute)).replaceAll("").toLowerCase(Locale.ROOT);
            var scheme = SCHEME.matcher(url);
            if (scheme.find() && !schemes.contains(scheme.group(1))) {
                element.removeAttr(attribute);
            }
        }
    }
}
