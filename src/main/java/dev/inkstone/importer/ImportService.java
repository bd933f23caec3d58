package dev.inkstone.importer;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.time.Timestamps;

/** Import jobs and their reports. Running them is {@link ImportRunner}'s part. */
@ApplicationScoped
@Transactional
public class ImportService {

    static final List<SortField<ImportItem>> ITEM_SORTS = List.of(
            new SortField<>("id", "id", Long.class, i -> i.id));

    private final ImportJobRepository jobs;
    private final ImportItemRepository items;
    private final InstantSource clock;

    ImportService(ImportJobRepository jobs, ImportItemRepository items, InstantSource clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.items = items;
    }

    ImportJobView create(ImportFormat format, String sourceName, String filePath, boolean dryRun) {
        ImportJob job = new ImportJob();
        job.format = format.kind();
        job.sourceName = ImportWriter.cut(sourceName, 500);
        job.filePath = filePath;
        job.dryRun = dryRun;
        job.status = "queued";
        job.createdAt = Timestamps.normalize(clock.instant());
        jobs.persist(job);
        return ImportJobView.of(job);
    }

    public ImportJobView get(long id) {
        return ImportJobView.of(load(id));
    }

    /** A page of a job's report in source order, optionally only one outcome. */
    public Page<ImportItemView> items(long jobId, PageRequest request, String outcome) {
        load(jobId);
        ListQuery<ImportItem> query = new ListQuery<>(ImportItem.class).where("e.jobId = :job", "job", jobId);
        if (outcome != null) {
            query.where("e.outcome = :outcome", "outcome", outcome);
        }
        Sort<ImportItem> sort = Sort.parse(null, request, ITEM_SORTS, "id");
        var em = items.getEntityManager();
        return Page.of(query.fetch(em, sort, request), request, query.count(em), sort,
                page -> page.stream().map(ImportItemView::of).toList());
    }

    /** Marks a job started; returns it, or null when it is not queued (already run, or cancelled by a restart). */
    ImportJob start(long id) {
        ImportJob job = load(id);
        if (!job.status.equals("queued")) {
            return null;
        }
        job.status = "running";
        job.startedAt = Timestamps.normalize(clock.instant());
        return detached(job);
    }

    void total(long id, int total) {
        load(id).total = total;
    }

    void finish(long id, String status, String error) {
        ImportJob job = load(id);
        job.status = status;
        job.error = error == null ? null : ImportWriter.cut(error, 2000);
        job.finishedAt = Timestamps.normalize(clock.instant());
    }

    /** Jobs a stopped server left running or queued: they are interrupted, and a new import of the file resumes. */
    int interruptLeftovers() {
        int count = 0;
        Instant now = Timestamps.normalize(clock.instant());
        for (String status : List.of("running", "queued")) {
            for (ImportJob job : jobs.withStatus(status)) {
                job.status = "interrupted";
                job.finishedAt = now;
                job.error = "the server stopped while the job was " + status + "; import the file again to finish";
                count++;
            }
        }
        return count;
    }

    /** A job that can be run again: its file, format and dry-run flag. */
    ImportJob retryable(long id) {
        ImportJob job = load(id);
        if (!(job.status.equals("interrupted") || job.status.equals("failed"))) {
            throw ApiException.conflict("not-retryable", "Only interrupted or failed jobs can be run again; this one "
                    + "is " + job.status, null);
        }
        return detached(job);
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
        return copy;
    }
}
