package dev.inkstone.importer.write;

import static dev.inkstone.importer.write.ImportOutcome.CREATED;
import static dev.inkstone.importer.write.ImportOutcome.UNCHANGED;
import static dev.inkstone.importer.write.ImportReport.inTransaction;
import static dev.inkstone.importer.write.ImportText.key;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.write.ImportTerms.Ensured;
import dev.inkstone.seo.SeoInput;

/**
 * Writes the tags and categories a source lists on their own (with descriptions and SEO fields), each in its own
 * transaction with its report line; a post's own terms are made with the post ({@link ImportWriter}). An existing
 * term is left as the site has it.
 */
@ApplicationScoped
public class ImportTermWriter {

    private final ImportTerms terms;
    private final ImportReport report;

    ImportTermWriter(ImportTerms terms, ImportReport report) {
        this.terms = terms;
        this.report = report;
    }

    public void category(ImportRun run, String sourceKey, List<TermRef> path, String description, ImportedSeo seo) {
        String key = key(sourceKey);
        String title = path.isEmpty() ? sourceKey : path.get(path.size() - 1).name();
        SeoInput seoInput = ImportSeo.resolve(report, run, key, seo);
        try {
            Ensured ensured = inTransaction(() -> {
                Ensured leaf = terms.ensureCategory(run, path, description, seoInput);
                report.write(run, termLine("category", key, title, leaf), true);
                return leaf;
            });
            Log.debugf("import job %d: category %s", run.jobId, ensured.slug());
            run.committed();
        } catch (RuntimeException e) {
            report.notWritten(run, "category", key, title, e);
        }
    }

    public void tag(ImportRun run, String sourceKey, TermRef tag, String description, ImportedSeo seo) {
        String key = key(sourceKey);
        SeoInput seoInput = ImportSeo.resolve(report, run, key, seo);
        try {
            inTransaction(() -> {
                Ensured ensured = terms.ensureTag(run, tag, description, seoInput);
                report.write(run, termLine("tag", key, tag.name(), ensured), true);
                return null;
            });
            run.committed();
        } catch (RuntimeException e) {
            report.notWritten(run, "tag", key, tag.name(), e);
        }
    }

    private static ReportLine termLine(String type, String key, String title, Ensured term) {
        return new ReportLine(type, key, title, term.created() ? CREATED : UNCHANGED, null, term.id(), term.slug());
    }
}
