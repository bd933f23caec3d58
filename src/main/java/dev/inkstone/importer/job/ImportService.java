package dev.inkstone.importer.job;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.importer.ImportConfig;
import dev.inkstone.importer.source.ImportFormat;
import dev.inkstone.importer.write.ImportItem;
import dev.inkstone.importer.write.ImportItemRepository;
import dev.inkstone.importer.write.ImportText;

/**
 * Import jobs and their reports, and who runs them: each job belongs to the instance that queued it ({@link #owner()},
 * random per start), which refreshes its heartbeat; running them is {@link ImportRunner}'s part.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    static final List<SortField<ImportItem>> ITEM_SORTS = List.of(
            new SortField<>("id", "id", Long.class, i -> i.id));

    /** Statuses a job ends in; only jobs in none of them can be cancelled. */
    static final Set<String> ENDED = Set.of("completed", "failed", "interrupted", "cancelled");

    private final ImportJobRepository jobs;
    private final ImportItemRepository items;
    private final InstantSource clock;
    private final ImportConfig config;
    private final String owner = UUID.randomUUID().toString();

    ImportService(ImportJobRepository jobs, ImportItemRepository items, InstantSource clock, ImportConfig config) {
        this.jobs = jobs;
        this.items = items;
        this.clock = clock;
        this.config = config;
    }

    /** This instance's owner id, new at every start. */
    String owner() {
        return owner;
    }

    ImportJobView create(ImportFormat format, String sourceName, String filePath, boolean dryRun, boolean upload) {
        return create(format.kind(), sourceName, filePath, dryRun, upload);
    }

    /** A job of any kind: a file format's, or {@code wordpress} for a live site (its URL as file path and name). */
    ImportJobView create(String kind, String sourceName, String filePath, boolean dryRun, boolean upload) {
        ImportJob job = new ImportJob();
        job.format = kind;
        job.sourceName = ImportText.cut(sourceName, 500);
        job.filePath = filePath;
        job.dryRun = dryRun;
        job.upload = upload;
        job.status = "queued";
        job.createdAt = now();
        job.owner = owner;
        job.heartbeatAt = job.createdAt;
        jobs.persist(job);
        return ImportJobView.of(job);
    }

    public ImportJobView get(long id) {
        return ImportJobView.of(load(id));
    }

    /** A page of a job's report in source order, optionally only one outcome. */
    public Page<ImportItemView> items(long jobId, PageRequest request, String outcome) {
        load(jobId);
        ListQuery<ImportItem> query = items.ofJob(jobId, outcome);
        Sort<ImportItem> sort = Sort.parse(null, request, ITEM_SORTS, "id");
        return Page.of(items.page(query, sort, request), request, items.count(query), sort,
                page -> page.stream().map(ImportItemView::of).toList());
    }

    /** Marks a job started; returns it, or null when it is not queued (cancelled, or interrupted by a restart). */
    ImportJob start(long id) {
        Instant now = now();
        // One conditional update: a cancel committed meanwhile wins, and the job never starts.
        if (!jobs.markRunning(id, now, owner)) {
            load(id);
            return null;
        }
        return detached(load(id));
    }

    void total(long id, int total) {
        load(id).total = total;
    }

    /**
     * Ends a running job with {@code status}; a job cancelled meanwhile stays cancelled and its error says after how
     * many items it stopped. Returns the status the job ended with.
     */
    String finish(long id, String status, String error) {
        ImportJob job = load(id);
        job.finishedAt = now();
        if (job.status.equals("cancelled") || status.equals("cancelled")) {
            job.status = "cancelled";
            job.error = "cancelled after " + job.processed + (job.total == null ? "" : " of " + job.total)
                    + " items; what was written is whole";
            return job.status;
        }
        job.status = status;
        job.error = error == null ? null : ImportText.cut(error, 2000);
        return status;
    }

    /**
     * Cancels a queued job (it never starts) or a running one (its runner stops after the current item and
     * {@link #finish} says where); 409 for a job that has ended.
     */
    ImportJobView cancel(long id) {
        ImportJob job = load(id);
        if (ENDED.contains(job.status)) {
            throw ApiException.conflict("import-ended", "The job has already ended: it is " + job.status, null);
        }
        job.error = job.status.equals("queued") ? "cancelled before it started"
                : "cancelled while running after " + job.processed + " items; stops after the current one";
        job.status = "cancelled";
        job.finishedAt = now();
        return ImportJobView.of(job);
    }

    /** Whether a job was cancelled (on any instance). */
    boolean cancelled(long id) {
        return load(id).status.equals("cancelled");
    }

    /**
     * Refreshes the heartbeat of this instance's live jobs: those queued for its worker and the one the worker runs
     * ({@code current}, 0 when idle). A job left "running" because its end could not be recorded (the database was
     * away) is not refreshed, so it goes stale and is interrupted like a dead instance's. Served by
     * ix_import_job_status.
     */
    int heartbeat(long current) {
        return jobs.heartbeat(owner, current, now());
    }

    /**
     * Marks interrupted the queued and running jobs whose heartbeat is older than {@code inkstone.import.stale-after}:
     * their instance stopped. A live instance refreshes its jobs every {@code inkstone.import.heartbeat}, so its jobs
     * are never taken.
     */
    int interruptStale() {
        Instant now = now();
        Instant cutoff = now.minus(config.staleAfter());
        int count = 0;
        for (String status : List.of("running", "queued")) {
            count += jobs.interruptStale(status, cutoff, now,
                    "the server stopped while the job was " + status + "; import the file again to finish");
        }
        return count;
    }

    /** Uploads of ended, unfinished jobs kept longer than {@code inkstone.import.keep-failed}, a batch at a time. */
    List<ImportJob> expiredUploads(int batch) {
        return jobs.expiredUploads(now().minus(config.keepFailed()), batch).stream().map(ImportService::detached)
                .toList();
    }

    /** Uploads are kept from this moment on: now less {@code inkstone.import.keep-failed}. */
    Instant keepUploadsSince() {
        return now().minus(config.keepFailed());
    }

    /** The files of jobs that have not ended or ended since {@code cutoff} with their upload kept. */
    Set<String> filesInUse(Instant cutoff) {
        return jobs.filesInUse(cutoff);
    }

    void uploadRemoved(long id) {
        load(id).uploadRemovedAt = now();
    }

    /** A job that can be run again: its file, format and dry-run flag. */
    ImportJob retryable(long id) {
        ImportJob job = load(id);
        if (job.status.equals("running") && !owner.equals(job.owner)) {
            throw ApiException.conflict("not-retryable", "The job is running on another instance", null);
        }
        if (!(job.status.equals("interrupted") || job.status.equals("failed") || job.status.equals("cancelled"))) {
            throw ApiException.conflict("not-retryable", "Only interrupted, failed or cancelled jobs can be run "
                    + "again; this one is " + job.status, null);
        }
        if (job.format.equals(ImportRunner.WORDPRESS)) {
            throw ApiException.conflict("not-retryable", "A WordPress site is not run again from a job (its "
                    + "application password is never stored): POST /api/v1/imports/wordpress again; what the first run "
                    + "wrote is found unchanged", null);
        }
        if (job.uploadRemovedAt != null) {
            throw new ApiException(410, "upload-removed", "Gone", "The job's upload was deleted on "
                    + job.uploadRemovedAt + " (uploads of jobs that do not complete are kept for "
                    + "inkstone.import.keep-failed, or removed at once when the job failed with an unexpected error); "
                    + "upload the file again", List.of(), null);
        }
        return detached(job);
    }

    private Instant now() {
        return Timestamps.normalize(clock.instant());
    }

    private ImportJob load(long id) {
        ImportJob job = jobs.findById(id);
        if (job == null) {
            throw ApiException.notFound("Import job " + id + " does not exist");
        }
        return job;
    }

    private static ImportJob detached(ImportJob job) {
        ImportJob copy = new ImportJob();
        copy.id = job.id;
        copy.format = job.format;
        copy.sourceName = job.sourceName;
        copy.filePath = job.filePath;
        copy.dryRun = job.dryRun;
        copy.status = job.status;
        copy.upload = job.upload;
        return copy;
    }
}
