package dev.inkstone.importer.write;

import java.util.List;

import dev.inkstone.common.validation.HttpUrlValidator;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.seo.SeoInput;

/**
 * Turns a source's SEO fields into what the post, tag and category services accept: text cleaned and cut to the
 * field limits, a canonical URL that is not an absolute http(s) address dropped with a note (a WordPress site may
 * hold a relative one), rather than refusing the whole item.
 */
final class ImportSeo {

    private ImportSeo() {
    }

    /** The input for the service, or null when the source set nothing; notes get what was dropped. */
    static SeoInput input(ImportedSeo seo, Long ogImageId, List<String> notes) {
        if (seo == null || seo.isEmpty()) {
            return null;
        }
        String canonical = ImportText.clean(seo.canonicalUrl(), false);
        if (canonical != null && (canonical.length() > 2000 || !HttpUrlValidator.isHttpUrl(canonical))) {
            notes.add("seo.canonicalUrl '" + ImportText.cut(canonical, 200)
                    + "' is not an absolute http(s) address: left out");
            canonical = null;
        }
        String title = ImportText.trimmed(ImportText.clean(seo.title(), false), 300);
        String description = ImportText.trimmed(ImportText.clean(seo.description(), true), 1000);
        SeoInput input = new SeoInput(blankToNull(title), blankToNull(description), canonical, ogImageId,
                Boolean.TRUE.equals(seo.noindex()) ? true : null);
        return input.equals(SeoInput.NONE) ? null : input;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
