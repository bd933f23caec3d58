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
 * Writes the tags and categories a source lists on their own (with descriptions and SEO fields), with their report
 * lines, a run of them per transaction; a post's own terms are made with the post ({@link ImportWriter}). An existing
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

    /** A tag or category the source lists on its own, as the reader sent it. */
    public sealed interface Listed permits ListedTag, ListedCategory {
        String sourceKey();

        ImportedSeo seo();

        /** The report line's type. */
        String type();

        /** The report line's title. */
        String title();
    }

    /** A listed tag. */
    public record ListedTag(String sourceKey, TermRef tag, String description, ImportedSeo seo) implements Listed {
        @Override
        public String type() {
            return "tag";
        }

        @Override
        public String title() {
            return tag.name();
        }
    }

    /** A listed category with its path from the root (the last entry is the category itself). */
    public record ListedCategory(String sourceKey, List<TermRef> path, String description, ImportedSeo seo)
            implements Listed {
        @Override
        public String type() {
            return "category";
        }

        @Override
        public String title() {
            return path.isEmpty() ? sourceKey : path.get(path.size() - 1).name();
        }
    }

    /**
     * Writes terms that came one after another in one transaction, the job's counters moved once per outcome (an
     * export lists its few hundred terms first, and a transaction each was a tenth of an unchanged re-run's writing).
     * A missing og:image's line comes before the batch's lines, not just before its own term's.
     * When that transaction fails it is rolled back whole and each term is written alone, so the failing one is
     * reported and the others kept. A dry run writes nothing, so it takes them one by one.
     */
    public void terms(ImportRun run, List<Listed> batch) {
        // og:images are stored before the transaction (storing one takes a while), once whatever happens next.
        List<SeoInput> seo = batch.stream().map(term -> ImportSeo.resolve(report, run, key(term.sourceKey()),
                term.seo())).toList();
        if (batch.size() > 1 && !run.dryRun) {
            try {
                inTransaction(() -> {
                    report.batched(run, () -> {
                        for (int i = 0; i < batch.size(); i++) {
                            write(run, batch.get(i), seo.get(i));
                        }
                    });
                    return null;
                });
                run.committed();
                return;
            } catch (RuntimeException e) {
                run.rolledBack();
                Log.debugf("import job %d: a batch of %d terms failed (%s); writing them one by one", run.jobId,
                        batch.size(), e.getClass().getSimpleName());
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Listed term = batch.get(i);
            SeoInput termSeo = seo.get(i);
            try {
                inTransaction(() -> write(run, term, termSeo));
                run.committed();
            } catch (RuntimeException e) {
                report.notWritten(run, term.type(), key(term.sourceKey()), term.title(), e);
            }
        }
    }

    /** Finds or creates a term and writes its report line, in the caller's transaction. */
    private Ensured write(ImportRun run, Listed term, SeoInput seo) {
        Ensured ensured = term instanceof ListedCategory category
                ? terms.ensureCategory(run, category.path(), category.description(), seo)
                : terms.ensureTag(run, ((ListedTag) term).tag(), ((ListedTag) term).description(), seo);
        report.write(run, new ReportLine(term.type(), key(term.sourceKey()), term.title(),
                ensured.created() ? CREATED : UNCHANGED, null, ensured.id(), ensured.slug()), true);
        return ensured;
    }
}
