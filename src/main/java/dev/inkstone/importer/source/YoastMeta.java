package dev.inkstone.importer.source;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inkstone.importer.item.ImportedSeo;

/**
 * A WordPress post's Yoast SEO meta ({@code _yoast_wpseo_title}, {@code _metadesc}, {@code _canonical},
 * {@code _meta-robots-noindex}) as SEO fields. Yoast stores titles as templates with replacement variables; we expand
 * the ones a static site can know ({@code %%title%%}: the post's title, {@code %%sitename%%}: the channel's title,
 * {@code %%sep%%}: "-") and drop every other {@code %%var%%} (dates, categories, page numbers), then tidy the spaces
 * and separators left behind.
 */
final class YoastMeta {

    static final String TITLE = "_yoast_wpseo_title";
    static final String DESCRIPTION = "_yoast_wpseo_metadesc";
    static final String CANONICAL = "_yoast_wpseo_canonical";
    static final String NOINDEX = "_yoast_wpseo_meta-robots-noindex";

    private static final Pattern VARIABLE = Pattern.compile("%%([A-Za-z0-9_]+)%%");
    /** A separator left at either end once its neighbour was dropped ("- 老范的博客" of "%%page%% %%sep%% …"). */
    private static final Pattern DANGLING_SEPARATOR = Pattern.compile("^(\\s*-\\s*)+|(\\s*-\\s*)+$");

    private YoastMeta() {
    }

    /** The SEO fields in a post's meta, or null when Yoast left none. */
    static ImportedSeo of(Map<String, String> meta, String postTitle, String siteName) {
        String title = expand(meta.get(TITLE), postTitle, siteName);
        String description = expand(meta.get(DESCRIPTION), postTitle, siteName);
        String canonical = blankToNull(meta.get(CANONICAL));
        // Yoast writes 1 for "noindex", 2 for "index" and nothing for "the default of the post type".
        boolean noindex = "1".equals(meta.getOrDefault(NOINDEX, "").strip());
        ImportedSeo seo = new ImportedSeo(title, description, canonical == null ? null : canonical.strip(), null,
                noindex ? true : null);
        return seo.isEmpty() ? null : seo;
    }

    /** A Yoast template with the variables we know expanded and the others dropped; null when nothing is left. */
    static String expand(String template, String postTitle, String siteName) {
        if (template == null || template.isBlank()) {
            return null;
        }
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1).toLowerCase()) {
                case "title" -> postTitle == null ? "" : postTitle;
                case "sitename" -> siteName == null ? "" : siteName;
                case "sep" -> "-";
                default -> "";
            };
            variable.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        variable.appendTail(out);
        String text = out.toString().replaceAll("\\s+", " ").replaceAll("(- )+-", "-").strip();
        text = DANGLING_SEPARATOR.matcher(text).replaceAll("").strip();
        return text.isEmpty() ? null : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
