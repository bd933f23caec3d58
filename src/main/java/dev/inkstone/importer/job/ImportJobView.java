package dev.inkstone.importer.job;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as the API shows it: status and progress counts; its per-item report is paged under /items. */
@Schema(name = "ImportJob")
public record ImportJobView(
        @Schema(examples = "7") long id,
        @Schema(enumeration = { "queued", "running", "completed", "failed", "interrupted", "cancelled" },
                examples = "running")
        String status,
        @Schema(enumeration = { "wxr", "markdown", "inkstone", "ghost", "html", "wordpress" }, examples = "wxr")
        String format,
        @Schema(description = "The uploaded file's name, the server-side path, or the WordPress site's URL",
                examples = "blog.wordpress.xml")
        String source,
        @Schema(description = "Reports what would happen and writes no content") boolean dryRun,
        @Schema(nullable = true, description = "Items in the source, once the reader knows", examples = "120")
        Integer total,
        @Schema(description = "Source items handled so far", examples = "57") int processed,
        int created, int updated, int unchanged, int skipped,
        @Schema(description = "Attachments and images whose bytes were not stored") int missing,
        int failed,
        @Schema(nullable = true, description = "Why the whole file could not be read (failed jobs), what stopped an "
                + "interrupted job, or where a cancelled job stopped") String error,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.status, job.format, job.sourceName, job.dryRun, job.total,
                job.processed, job.created, job.updated, job.unchanged, job.skipped, job.missing, job.failed,
                job.error, job.createdAt, job.startedAt, job.finishedAt);
    }
}
