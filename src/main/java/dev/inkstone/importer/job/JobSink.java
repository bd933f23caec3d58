package dev.inkstone.importer.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.inject.Singleton;

import dev.inkstone.importer.ImportConfig;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.item.ImportedSite;
import dev.inkstone.importer.media.SiteMedia;
import dev.inkstone.importer.source.BoundedZip;
import dev.inkstone.importer.source.ItemSink;
import dev.inkstone.importer.write.ImportPageWriter;
import dev.inkstone.importer.write.ImportRun;
import dev.inkstone.importer.write.ImportSiteWriter;
import dev.inkstone.importer.write.ImportTermWriter;
import dev.inkstone.importer.write.ImportWriter;

/**
 * Writes what the reader sends; before each item it stops the job when the job was cancelled or its zip went past
 * the whole-zip limit, so the items written so far stay whole. Posts, and tags and categories listed on their own,
 * are gathered into batches of {@code batch-size} (one transaction each, see {@link ImportWriter#posts} and
 * {@link ImportTermWriter#terms}); any other item first writes the batch before it, so the report keeps the source's
 * order and a post finds the terms and images listed before it. It runs on the job's thread, behind
 * {@link ReadAhead}.
 */
final class JobSink implements ItemSink {

    /**
     * The writers a job's items go to, and the job's own records; one of each per application. A singleton, not
     * application-scoped: its fields are read directly, which through a client proxy would read the proxy's nulls.
     */
    @Singleton
    static class Writers {
        private final ImportService service;
        private final ImportConfig config;
        private final ImportWriter writer;
        private final ImportPageWriter pageWriter;
        private final ImportTermWriter termWriter;
        private final ImportSiteWriter siteWriter;

        Writers(ImportService service, ImportConfig config, ImportWriter writer, ImportPageWriter pageWriter,
                ImportTermWriter termWriter, ImportSiteWriter siteWriter) {
            this.service = service;
            this.config = config;
            this.writer = writer;
            this.pageWriter = pageWriter;
            this.termWriter = termWriter;
            this.siteWriter = siteWriter;
        }
    }

    private final Writers to;
    private final ImportRun run;
    private final BoundedZip zip;
    /** A live site's media, offered each attachment it lists; null for file imports. */
    private final SiteMedia site;
    /** Whether the job was cancelled: asked before each item. */
    private final BooleanSupplier cancelled;
    private final List<ImportedPost> batch = new ArrayList<>();
    /** Listed tags and categories gathered as posts are (never both at once: each flushes the other). */
    private final List<ImportTermWriter.Listed> terms = new ArrayList<>();

    JobSink(Writers to, ImportRun run, BoundedZip zip, SiteMedia site, BooleanSupplier cancelled) {
        this.to = to;
        this.run = run;
        this.zip = zip;
        this.site = site;
        this.cancelled = cancelled;
    }

    private void next() {
        if (cancelled.getAsBoolean()) {
            throw new JobStop("cancelled", "cancelled");
        }
        if (zip != null && zip.exceeded() != null) {
            throw new JobStop("failed", zip.exceeded().getMessage());
        }
    }

    /**
     * Writes the report lines queued so far (attachments') and the terms or posts gathered; called before any other
     * item and once the reader is done, so the report keeps the source's order.
     */
    void flush() {
        to.writer.flushLines(run);
        if (!terms.isEmpty()) {
            List<ImportTermWriter.Listed> listed = List.copyOf(terms);
            terms.clear();
            to.termWriter.terms(run, listed);
        }
        if (!batch.isEmpty()) {
            List<ImportedPost> posts = List.copyOf(batch);
            batch.clear();
            to.writer.posts(run, posts);
        }
    }

    /**
     * Writes the terms or posts gathered before an item whose line waits with attachments' (its own is written at the
     * next flush), so the report keeps the source's order.
     */
    private void flushGathered() {
        if (!batch.isEmpty() || !terms.isEmpty()) {
            flush();
        }
    }

    @Override
    public void total(int items) {
        to.service.total(run.jobId, items);
    }

    @Override
    public void category(String sourceKey, List<TermRef> path, String description, ImportedSeo seo) {
        term(new ImportTermWriter.ListedCategory(sourceKey, path, description, seo));
    }

    @Override
    public void tag(String sourceKey, TermRef tag, String description, ImportedSeo seo) {
        term(new ImportTermWriter.ListedTag(sourceKey, tag, description, seo));
    }

    private void term(ImportTermWriter.Listed term) {
        next();
        if (!batch.isEmpty()) {
            flush(); // the posts before it first
        }
        terms.add(term);
        if (terms.size() >= Math.max(1, to.config.batchSize())) {
            flush();
        }
    }

    @Override
    public void site(ImportedSite site) {
        next();
        flush();
        to.siteWriter.site(run, site);
    }

    @Override
    public void post(ImportedPost post) {
        next();
        if (!terms.isEmpty()) {
            flush(); // the terms before it first
        }
        batch.add(post);
        if (batch.size() >= Math.max(1, to.config.batchSize())) {
            flush();
        }
    }

    @Override
    public void page(ImportedPage page) {
        next();
        flush();
        to.pageWriter.page(run, page);
    }

    @Override
    public void author(ImportedAuthor author) {
        next();
        flush();
        to.pageWriter.author(run, author);
    }

    @Override
    public void attachment(String sourceKey, String title, String url, ImageMeta meta) {
        next();
        flushGathered(); // attachments' own lines wait to be written together
        if (site != null) {
            site.offer(url);
        }
        to.writer.attachment(run, sourceKey, title, url, meta);
    }

    @Override
    public void failed(String type, String sourceKey, String title, String reason) {
        next();
        flushGathered(); // its line waits with attachments' to be written together
        to.writer.failed(run, type, sourceKey, title, reason);
    }

    @Override
    public void skip(String type, String sourceKey, String title, String reason) {
        next();
        flushGathered(); // its line waits with attachments' to be written together
        to.writer.skip(run, type, sourceKey, title, reason);
    }
}
