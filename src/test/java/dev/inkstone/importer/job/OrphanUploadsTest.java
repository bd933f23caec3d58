package dev.inkstone.importer.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.Api;
import dev.inkstone.common.time.TestClock;
import dev.inkstone.importer.ImportConfig;
import dev.inkstone.importer.source.ImportFormat;

/**
 * Uploads the per-job retention cannot see are deleted once keep-failed has passed: those of jobs from before V13
 * (recorded as {@code upload = false}) and files no job row names; files of live or recently ended jobs stay.
 */
@QuarkusTest
class OrphanUploadsTest {

    @Inject
    ImportService service;

    @Inject
    ImportHousekeeping housekeeping;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportConfig config;

    @Inject
    TestClock clock;

    /** A file in the upload folder, written "now" by the application's clock. */
    private Path upload(String name) throws IOException {
        Files.createDirectories(config.workDir());
        Path file = Files.writeString(config.workDir().resolve(Api.unique("orphan") + "-" + name),
                "---\ntitle: x\n---\n");
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        return file;
    }

    /** A job on the file that ended now with {@code status}, as a release before V13 recorded it. */
    private long ended(Path file, String status) {
        long id = service.create(ImportFormat.MARKDOWN, file.getFileName().toString(), file.toString(), false, false)
                .id();
        QuarkusTransaction.requiringNew().run(() -> jobs.update("status = ?1, finishedAt = ?2 where id = ?3", status,
                clock.instant(), id));
        return id;
    }

    @Test
    void uploadsNoJobNeedsAreDeletedAfterKeepFailedAndThoseOfLiveOrRecentJobsStay() throws IOException {
        Path beforeV13 = upload("before-v13.xml");
        ended(beforeV13, "failed");
        Path noJob = upload("no-job.md");
        Path queued = upload("queued.md");
        Path retried = upload("retried.xml");
        service.create(ImportFormat.MARKDOWN, "queued.md", queued.toAbsolutePath().toString(), false, true);

        housekeeping.retention();
        assertTrue(Files.exists(beforeV13) && Files.exists(noJob), "kept for keep-failed");

        clock.advance(config.keepFailed().plus(Duration.ofMinutes(1)));
        // A retry of the old upload that just ended: the file is as old as the others, its job is recent.
        ended(retried, "interrupted");
        Path fresh = upload("fresh.md");
        housekeeping.retention();

        assertFalse(Files.exists(beforeV13), "a job from before V13 does not keep its upload past keep-failed");
        assertFalse(Files.exists(noJob), "a file no job names goes");
        assertTrue(Files.exists(queued), "a queued job's file stays however old");
        assertTrue(Files.exists(retried), "a job that ended within keep-failed keeps its upload for a retry");
        assertTrue(Files.exists(fresh), "a file younger than keep-failed stays (its job may be being created)");
    }
}
