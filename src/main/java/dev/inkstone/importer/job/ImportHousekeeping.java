package dev.inkstone.importer.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps import jobs honest across instances and time: this instance's heartbeat on the jobs it runs, marking
 * interrupted the jobs of instances that stopped heartbeating, and deleting the uploads of jobs that did not complete
 * once {@code inkstone.import.keep-failed} has passed.
 */
@ApplicationScoped
class ImportHousekeeping {

    /** Uploads deleted per run of the retention task; the next run takes the rest. */
    static final int RETENTION_BATCH = 100;

    private final ImportService service;
    private final ImportRunner runner;
    private final OrphanUploads orphans;

    ImportHousekeeping(ImportService service, ImportRunner runner, OrphanUploads orphans) {
        this.service = service;
        this.runner = runner;
        this.orphans = orphans;
    }

    void onStart(@Observes StartupEvent event) {
        interruptStale();
    }

    @Scheduled(identity = "import-heartbeat", every = "${inkstone.import.heartbeat}",
            delayed = "${inkstone.import.heartbeat}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        service.heartbeat(runner.current());
        runner.checkCancelled();
        interruptStale();
    }

    /** Marks interrupted the jobs whose owner stopped heartbeating; returns how many. */
    int interruptStale() {
        int interrupted = service.interruptStale();
        if (interrupted > 0) {
            Log.warnf("%d import job(s) were interrupted: the instance running them stopped; import their files "
                    + "again (or retry them) to finish", interrupted);
        }
        return interrupted;
    }

    @Scheduled(identity = "import-retention", every = "${inkstone.import.retention-interval}",
            delayed = "${inkstone.import.retention-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retention() {
        removeExpiredUploads();
        orphans.sweep();
    }

    /** Deletes the uploads of failed, cancelled and interrupted jobs kept past keep-failed; returns how many jobs. */
    int removeExpiredUploads() {
        int removed = 0;
        List<ImportJob> expired;
        do {
            expired = service.expiredUploads(RETENTION_BATCH);
            for (ImportJob job : expired) {
                try {
                    Files.deleteIfExists(Path.of(job.filePath));
                } catch (IOException e) {
                    Log.warnf("could not delete the upload of import job %d (%s)", job.id,
                            e.getClass().getSimpleName());
                }
                // Marked even when the file was already gone (deleted by hand, or on another instance's disk), so a
                // retry answers 410 and the task does not meet the job again.
                service.uploadRemoved(job.id);
                removed++;
            }
        } while (expired.size() == RETENTION_BATCH);
        return removed;
    }
}
