package dev.inkstone.importer.write;

import static dev.inkstone.importer.write.ImportOutcome.CREATED;
import static dev.inkstone.importer.write.ImportOutcome.MISSING;
import static dev.inkstone.importer.write.ImportOutcome.UNCHANGED;
import static dev.inkstone.importer.write.ImportOutcome.UPDATED;
import static dev.inkstone.importer.write.ImportReport.inTransaction;
import static dev.inkstone.importer.write.ImportText.clean;
import static dev.inkstone.importer.write.ImportText.key;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import dev.inkstone.author.AuthorInput;
import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorSummary;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.common.validation.HttpUrlValidator;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.media.ImportMedia;
import dev.inkstone.page.PageInput;
import dev.inkstone.page.PageService;
import dev.inkstone.page.PageView;
import dev.inkstone.seo.SeoInput;

/**
 * Writes a source's pages and authors, each in its own transaction with its report line, as {@link ImportWriter} does
 * posts. Both are matched by slug, so importing an Inkstone export again changes nothing; their images (a page's
 * featured image, an author's avatar, og:images) are stored before the transaction.
 */
@ApplicationScoped
public class ImportPageWriter {

    private final PageService pages;
    private final AuthorService authors;
    private final ImportBylines bylines;
    private final ImportReport report;
    private final Validator validator;
    private final InstantSource clock;

    ImportPageWriter(PageService pages, AuthorService authors, ImportBylines bylines, ImportReport report,
            Validator validator, InstantSource clock) {
        this.pages = pages;
        this.authors = authors;
        this.bylines = bylines;
        this.report = report;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * A page, upserted by slug (as an Inkstone export's posts are): importing an export again changes nothing. Its
     * parent is found by slug, so the tree and menu order come back as they were.
     */
    public void page(ImportRun run, ImportedPage page) {
        String key = key(page.sourceKey());
        if (run.dryRun) {
            report.record(run, ReportLine.without("page", key, page.title(), CREATED, null), true);
            return;
        }
        // Its og:image is stored before the page's transaction (storing one takes a while).
        SeoInput seo = ImportSeo.resolve(report, run, key, page.seo());
        try {
            inTransaction(() -> {
                Long parentId = page.parentSlug() == null ? null : pages.idOfSlug(page.parentSlug());
                if (page.parentSlug() != null && parentId == null) {
                    throw ApiException.invalid("parentId", "no page has the slug '" + page.parentSlug() + "'");
                }
                Long featured = null;
                if (page.featured() != null) {
                    ImportMedia.Resolved image = run.media.resolve(page.featured(), null, null);
                    featured = image.found() ? image.image().id() : null;
                }
                // Front matter may name no slug: the title's, as the page service would derive it.
                String slug = page.slug() != null ? page.slug() : Slugs.slugifyOrFallback(page.title(), "page");
                List<String> cut = new ArrayList<>();
                PageInput input = new PageInput(clean(page.title(), false), slug, page.status(),
                        page.publishedAt(), clean(page.markdown(), true), clean(page.excerpt(), true), parentId,
                        page.menuOrder(), featured, bylines.slugs(run, page.authors(), cut), seo, null);
                ImportInputs.requireValid(validator, input);
                Instant before = Timestamps.normalize(clock.instant());
                PageService.Upserted upserted = pages.upsertBySlug(slug, input, Precondition.NONE);
                PageView view = upserted.page();
                ImportOutcome outcome = upserted.created() ? CREATED
                        : view.updatedAt().isBefore(before) ? UNCHANGED : UPDATED;
                report.write(run, new ReportLine("page", key, page.title(), outcome,
                        cut.isEmpty() ? null : ImportText.notes(cut), view.id(), view.slug()), true);
                return null;
            });
            run.committed();
        } catch (RuntimeException e) {
            report.notWritten(run, "page", key, page.title(), e);
        }
    }

    /**
     * An author with its biography, website, avatar and SEO fields, created when no author has its slug. One that
     * exists is left as it is (as a tag is): the site may have edited it, and importing an export again changes
     * nothing. A website that is no absolute http(s) address is left out with a note rather than losing the author.
     */
    public void author(ImportRun run, ImportedAuthor author) {
        String key = key(author.sourceKey());
        String name = author.name() == null ? "" : ImportText.cut(clean(author.name(), false).strip(), 200);
        String slug = author.slug() != null && Slugs.isValid(author.slug()) ? author.slug()
                : Slugs.slugifyOrFallback(name, "author");
        if (run.dryRun) {
            boolean exists = inTransaction(() -> authors.findBySlug(slug).isPresent());
            report.record(run, ReportLine.without("author", key, name, exists ? UNCHANGED : CREATED, null), true);
            return;
        }
        // Images are stored before the author's transaction (storing one takes a while), as for a tag's og:image.
        SeoInput seo = ImportSeo.resolve(report, run, key, author.seo());
        Long avatar = null;
        if (author.avatar() != null && !author.avatar().isBlank()) {
            ImportMedia.Resolved resolved = run.media.resolve(author.avatar(), null, null);
            avatar = resolved.found() ? resolved.image().id() : null;
            if (!resolved.found()) {
                report.record(run, ReportLine.without("image", key(key + "#avatar:" + author.avatar()),
                        author.avatar(), MISSING, "avatar: " + resolved.missingReason()), false);
            }
        }
        List<String> notes = new ArrayList<>();
        String website = clean(author.website(), false);
        if (website != null && (website.length() > 2000 || !HttpUrlValidator.isHttpUrl(website))) {
            notes.add("website '" + ImportText.cut(website, 200) + "' is not an absolute http(s) address: left out");
            website = null;
        }
        // The biography as written (not stripped), so an export's author comes back exactly.
        String bio = author.bio() == null ? null : ImportText.cut(clean(author.bio(), true), 20_000);
        AuthorInput input = new AuthorInput(name, slug, bio, avatar, website, seo, null);
        try {
            inTransaction(() -> {
                Optional<AuthorSummary> existing = authors.findBySlug(slug);
                if (existing.isEmpty()) {
                    ImportInputs.requireValid(validator, input);
                }
                long id = existing.isPresent() ? existing.get().id() : authors.create(input).id();
                report.write(run, new ReportLine("author", key, name, existing.isPresent() ? UNCHANGED : CREATED,
                        notes.isEmpty() ? null : ImportText.notes(notes), id, slug), true);
                return null;
            });
            run.committed();
        } catch (RuntimeException e) {
            report.notWritten(run, "author", key, name, e);
        }
    }
}
