package dev.inkstone.importer.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image references a post body holds, and the body with them pointed elsewhere: markdown images, {@code <img>}
 * and {@code <source>} with their {@code src} and {@code srcset}, and {@code <a href>} links. Text inside markdown
 * code is an example for the reader and is neither found nor rewritten.
 */
final class BodyImages {

    private static final Pattern MARKDOWN_IMAGE = Pattern.compile(
            "!\\[[^\\]\\n]*\\]\\(\\s*(<[^>\\n]*>|[^\\s)]+)(?:\\s+(?:\"[^\"\\n]*\"|'[^'\\n]*'))?\\s*\\)");
    private static final Pattern TAG = Pattern.compile("(?i)<(img|a|source)\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)(\\s)(src|srcset|href)(\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')");

    private BodyImages() {
    }

    /**
     * The image references in a body, in order, each once: true for an image (markdown image, {@code <img src>},
     * {@code srcset}, {@code <source srcset>}), false for a link ({@code <a href>}).
     */
    static Map<String, Boolean> references(String markdown) {
        Map<String, Boolean> found = new LinkedHashMap<>();
        MarkdownCode code = MarkdownCode.of(markdown);
        Matcher image = MARKDOWN_IMAGE.matcher(markdown);
        while (image.find()) {
            if (code.contains(image.start())) {
                continue;
            }
            String url = image.group(1);
            if (url.startsWith("<")) {
                url = url.substring(1, url.length() - 1);
            }
            found.put(url, true);
        }
        Matcher tag = TAG.matcher(markdown);
        while (tag.find()) {
            if (code.contains(tag.start())) {
                continue;
            }
            boolean anchor = tag.group(1).equalsIgnoreCase("a");
            Matcher attribute = ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                String name = attribute.group(2).toLowerCase(Locale.ROOT);
                String value = attribute.group(4) != null ? attribute.group(4) : attribute.group(5);
                if (anchor != name.equals("href")) {
                    continue;
                }
                if (name.equals("srcset")) {
                    for (String candidate : value.split(",")) {
                        String url = candidate.strip().split("\\s+", 2)[0];
                        if (!url.isEmpty()) {
                            found.putIfAbsent(url, true);
                        }
                    }
                } else if (!value.isBlank()) {
                    found.merge(value.strip(), !anchor, (a, b) -> a || b);
                }
            }
        }
        found.keySet().removeIf(url -> url.startsWith("data:") || url.startsWith("#"));
        return found;
    }

    /** The body with each matched reference replaced where it stands as an image or link target. */
    static String replace(String markdown, Map<String, String> urls) {
        StringBuilder out = new StringBuilder(markdown.length());
        MarkdownCode code = MarkdownCode.of(markdown);
        Matcher image = MARKDOWN_IMAGE.matcher(markdown);
        while (image.find()) {
            if (code.contains(image.start())) {
                continue;
            }
            String target = image.group(1);
            boolean angled = target.startsWith("<");
            String url = angled ? target.substring(1, target.length() - 1) : target;
            String replacement = urls.get(url);
            String whole = image.group();
            if (replacement != null) {
                int at = image.start(1) - image.start();
                whole = whole.substring(0, at) + (angled ? "<" + replacement + ">" : replacement)
                        + whole.substring(at + target.length());
            }
            image.appendReplacement(out, Matcher.quoteReplacement(whole));
        }
        image.appendTail(out);
        String text = out.toString();
        out = new StringBuilder(text.length());
        // The image pass changed lengths: the code ranges are found again in its output.
        code = MarkdownCode.of(text);
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            if (code.contains(tag.start())) {
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group());
            StringBuilder rewritten = new StringBuilder();
            while (attribute.find()) {
                String name = attribute.group(2).toLowerCase(Locale.ROOT);
                boolean doubleQuoted = attribute.group(4) != null;
                String value = doubleQuoted ? attribute.group(4) : attribute.group(5);
                String next;
                if (name.equals("srcset")) {
                    List<String> candidates = new ArrayList<>();
                    for (String candidate : value.split(",")) {
                        String trimmed = candidate.strip();
                        String[] parts = trimmed.split("\\s+", 2);
                        String url = urls.get(parts[0]);
                        candidates.add(url == null ? trimmed : url + (parts.length > 1 ? " " + parts[1] : ""));
                    }
                    next = String.join(", ", candidates);
                    if (next.equals(String.join(", ", java.util.Arrays.stream(value.split(","))
                            .map(String::strip).toList()))) {
                        next = value;
                    }
                } else {
                    next = urls.getOrDefault(value.strip(), value);
                }
                char quote = doubleQuoted ? '"' : '\'';
                attribute.appendReplacement(rewritten, Matcher.quoteReplacement(attribute.group(1)
                        + attribute.group(2) + attribute.group(3) + quote + next + quote));
            }
            attribute.appendTail(rewritten);
            tag.appendReplacement(out, Matcher.quoteReplacement(rewritten.toString()));
        }
        tag.appendTail(out);
        return out.toString();
    }
}
