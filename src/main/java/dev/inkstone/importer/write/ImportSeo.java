package dev.inkstone.importer.write;

import static dev.inkstone.importer.write.ImportOutcome.MISSING;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.logging.Log;

import dev.inkstone.common.validation.HttpUrlValidator;
import dev.inkstone.importer.media.ImportMedia;
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

    /**
     * An item's SEO fields as the services take them, its og:image resolved before the transaction
     * (storing an image takes a while); a missing image is a report line of its own, a dropped field a log line.
     */
    static SeoInput resolve(ImportReport report, ImportRun run, String key, ImportedSeo seo) {
        if (seo == null || seo.isEmpty()) {
            return null;
        }
        Long ogImageId = null;
        if (seo.ogImage() != null && !seo.ogImage().isBlank()) {
            ImportMedia.Resolved resolved = run.media.resolve(seo.ogImage(), null, null);
            ogImageId = resolved.found() ? resolved.image().id() : null;
            if (!resolved.found()) {
                report.record(run, ReportLine.without("image", ImportText.key(key + "#og:image:" + seo.ogImage()),
                        seo.ogImage(), MISSING, "og:image: " + resolved.missingReason()), false);
            }
        }
        List<String> notes = new ArrayList<>();
        SeoInput input = ImportSeo.input(seo, ogImageId, notes);
        notes.forEach(note -> Log.infof("import job %d: %s: %s", run.jobId, key, note));
        return input;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
