package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.common.time.TestClock;
import dev.inkstone.importer.ImportConfig;
import dev.inkstone.importer.Imports;
import dev.inkstone.importer.source.ImportFormat;

/** Import jobs end whatever happens, are bounded, can be cancelled, belong to their instance and expire. */
@QuarkusTest
class ImportJobsTest {

    @Inject
    ImportRunner runner;

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

    @TempDir
    Path dir;

    /** A queued upload job on a file in the work folder whose path the job's error must not show. */
    private ImportJobView uploadJob(String name) throws IOException {
        Files.createDirectories(config.workDir());
        Path file = Files.writeString(config.workDir().resolve(Api.unique("job") + "-" + name), "---\ntitle: x\n---\n");
        return service.create(ImportFormat.MARKDOWN, name, file.toAbsolutePath().toString(), false, true);
    }

    private ImportJob row(long id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findById(id));
    }

    @Test
    void anyThrowableFailsTheJobWithAReasonAndRemovesItsUpload() throws IOException {
        List<Throwable> thrown = List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new IllegalStateException("boom"));
        for (Throwable error : thrown) {
            ImportJobView job = uploadJob("heavy.md");
            Path file = Path.of(row(job.id()).filePath);
            runner.run(job.id(), (j, f) -> {
                if (error instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) error;
            });
            JsonPath ended = asAdmin().get("/api/v1/imports/" + job.id()).then().statusCode(200).extract().jsonPath();
            assertEquals("failed", ended.getString("status"), error.toString());
            assertTrue(ended.getString("error").contains(error.getClass().getSimpleName()), ended.getString("error"));
            assertTrue(ended.getString("finishedAt") != null);
            assertFalse(Files.exists(file), "the upload is removed: it would only fail the same way again");
            asAdmin().post("/api/v1/imports/" + job.id() + "/retry").then().statusCode(410)
                    .contentType(startsWith("application/problem+json")).body("type", endsWith("upload-removed"));
        }
    }

    @Test
    void aJobErrorShowsTheUploadsNameNotTheServerPath() throws IOException {
        ImportJobView job = uploadJob("named.md");
        String stored = row(job.id()).filePath;
        runner.run(job.id(), (j, f) -> {
            throw new java.nio.file.NoSuchFileException(stored);
        });
        String error = service.get(job.id()).error();
        assertTrue(error.contains("named.md"), error);
        assertFalse(error.contains(stored), error);
        assertFalse(error.contains(config.workDir().toAbsolutePath().toString()), error);
    }

    @Test
    void aZipBombFailsFastNamingTheSettingWhateverTheEntryFormat(@TempDir Path dir) throws IOException {
        String site = Api.unique("bomb");
        // 8 MB of one repeated line deflate to a few kilobytes.
        byte[] bomb = "all work and no play\n".repeat(400_000).getBytes(StandardCharsets.US_ASCII);
        File markdown = dir.resolve("posts.zip").toFile();
        try (OutputStream out = Files.newOutputStream(markdown.toPath()); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("good.md"));
            z.write(("---\ntitle: Good\nslug: " + site + "-good\n---\nFine.\n").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("bomb.md"));
            z.write(("---\ntitle: Bomb\nslug: " + site + "-bomb\n---\n").getBytes(StandardCharsets.UTF_8));
            z.write(bomb);
            z.putNextEntry(new ZipEntry("bomb.png"));
            z.write(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
            z.write(bomb);
        }
        JsonPath job = Imports.upload(markdown, "application/zip", false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        Map<String, Object> post = items.stream().filter(i -> "bomb.md".equals(i.get("sourceKey"))).findFirst()
                .orElseThrow();
        assertEquals("skipped", post.get("outcome"));
        assertTrue(String.valueOf(post.get("reason")).contains("inkstone.import.zip.max-ratio"), post.toString());
        Map<String, Object> image = items.stream().filter(i -> "bomb.png".equals(i.get("sourceKey"))).findFirst()
                .orElseThrow();
        assertEquals("missing", image.get("outcome"));
        assertTrue(String.valueOf(image.get("reason")).contains("inkstone.import.zip.max-ratio"), image.toString());
        asAdmin().get("/api/v1/posts/slug/" + site + "-good").then().statusCode(200);
        asAdmin().get("/api/v1/posts/slug/" + site + "-bomb").then().statusCode(404);

        // A WXR whose one element inflates from a few kilobytes: the job fails before writing anything.
        File wxr = dir.resolve("wxr.zip").toFile();
        try (OutputStream out = Files.newOutputStream(wxr.toPath()); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("blog.wordpress.xml"));
            z.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                         xmlns:content="http://purl.org/rss/1.0/modules/content/">
                    <channel><title>t</title><link>https://%1$s.example</link>
                    <item><title>Bomb</title><guid>https://%1$s.example/?p=1</guid><wp:post_name>%1$s</wp:post_name>
                    <wp:post_type>post</wp:post_type><content:encoded><![CDATA[""".formatted(site))
                    .getBytes(StandardCharsets.UTF_8));
            z.write(bomb);
            z.write("]]></content:encoded></item></channel></rss>\n".getBytes(StandardCharsets.UTF_8));
        }
        JsonPath failed = Imports.upload(wxr, "application/zip", false);
        assertEquals("failed", failed.getString("status"));
        assertTrue(failed.getString("error").contains("inkstone.import.zip.max-ratio"), failed.getString("error"));
        assertEquals(0, failed.getInt("processed"));
        asAdmin().get("/api/v1/posts/slug/" + site).then().statusCode(404);
    }

    @Test
    void aMarkdownFileLargerThanMaxFileIsReportedNotRead() throws IOException {
        Path folder = Files.createDirectories(Path.of("target/import-root-tests", Api.unique("large")));
        // Sparse: the size is checked before a byte is read.
        try (RandomAccessFile large = new RandomAccessFile(folder.resolve("large.md").toFile(), "rw")) {
            large.setLength(config.maxFile().asLongValue() + 1);
        }
        String path = Path.of("..").toRealPath().relativize(folder.toRealPath().resolve("large.md")).toString();
        JsonPath job = Imports.serverPath(path, false);
        assertEquals("completed", job.getString("status"));
        assertEquals(1, job.getInt("skipped"));
        asAdmin().get("/api/v1/imports/" + job.getInt("id") + "/items").then()
                .body("items[0].reason", containsString("inkstone.import.max-file"));
    }

    @Test
    void aQueuedJobCancelledNeverStartsAndAnEndedOneIs409() throws IOException {
        ImportJobView job = uploadJob("queued.md");
        asAdmin().post("/api/v1/imports/" + job.id() + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled")).body("error", equalTo("cancelled before it started"));
        runner.run(job.id());
        ImportJobView after = service.get(job.id());
        assertEquals("cancelled", after.status());
        assertNull(after.startedAt(), "never started");
        asAdmin().post("/api/v1/imports/" + job.id() + "/cancel").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("type", endsWith("import-ended"));
        asAdmin().post("/api/v1/imports/999999999/cancel").then().statusCode(404);
        Api.as(Api.token("reader")).post("/api/v1/imports/" + job.id() + "/cancel").then().statusCode(403);
        // Its upload is kept: a cancelled job can be run again.
        int retried = asAdmin().post("/api/v1/imports/" + job.id() + "/retry").then().statusCode(202).extract()
                .path("id");
        assertEquals("completed", Imports.await(retried).getString("status"));
    }

    @Test
    void aRunningJobCancelledStopsAfterTheCurrentItemWithEveryWrittenItemWhole() throws IOException {
        String site = Api.unique("cancel");
        Path folder = Files.createDirectories(Path.of("target/import-root-tests", site));
        int files = 600;
        for (int i = 0; i < files; i++) {
            // Unique names: a Markdown item's source key is its path inside the folder, and the database may keep
            // earlier runs' keys.
            Files.writeString(folder.resolve(String.format("%s-%04d.md", site, i)),
                    "---\ntitle: Post " + i + "\nslug: " + site + "-" + i + "\n---\n\nBody " + i + ".\n");
        }
        String path = Path.of("..").toRealPath().relativize(folder.toRealPath()).toString();
        int id = asAdmin().body(Map.of("path", path)).post("/api/v1/imports/path").then().statusCode(202).extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> service.get(id).processed() >= 5);
        asAdmin().post("/api/v1/imports/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled"));
        await().atMost(Duration.ofSeconds(60)).until(() -> service.get(id).error().startsWith("cancelled after"));
        ImportJobView job = service.get(id);
        assertEquals("cancelled", job.status());
        assertTrue(job.processed() < files, "stopped before the end: " + job.processed());
        assertEquals("cancelled after " + job.processed() + " of " + files + " items; what was written is whole",
                job.error());
        // Every item counted is a whole post, and nothing after it was written.
        List<Map<String, Object>> items = Imports.items(id);
        assertEquals(job.processed(), items.size());
        assertEquals(job.processed(), job.created());
        for (Map<String, Object> item : items) {
            asAdmin().get("/api/v1/posts/" + item.get("resourceId")).then().statusCode(200);
        }
        asAdmin().get("/api/v1/posts/slug/" + site + "-" + (files - 1)).then().statusCode(404);
    }

    @Test
    void onlyJobsWhoseOwnerStoppedHeartbeatingAreInterrupted() throws IOException {
        ImportJobView other = uploadJob("elsewhere.md");
        ImportJobView mine = uploadJob("mine.md");
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> jobs.update(
                "owner = 'another-instance', status = 'running', heartbeatAt = ?1 where id = ?2", now, other.id()));

        housekeeping.interruptStale();
        assertEquals("running", service.get(other.id()).status(), "its owner heartbeats: it is alive");
        asAdmin().post("/api/v1/imports/" + other.id() + "/retry").then().statusCode(409)
                .body("detail", containsString("another instance"));

        clock.advance(config.staleAfter().plusSeconds(1));
        // What the scheduler does every inkstone.import.heartbeat: refresh this instance's jobs, then sweep.
        housekeeping.heartbeat();
        asAdmin().get("/api/v1/imports/" + other.id()).then().body("status", equalTo("interrupted"))
                .body("error", startsWith("the server stopped while the job was running"));
        assertEquals("queued", service.get(mine.id()).status(), "this instance's own jobs are alive while it is");
        // Its upload was on the other instance's disk: a retry here cannot run it.
        Files.delete(Path.of(row(other.id()).filePath));
        asAdmin().post("/api/v1/imports/" + other.id() + "/retry").then().statusCode(409)
                .body("type", endsWith("file-gone"));

        // A heartbeat keeps a job alive past the timeout.
        QuarkusTransaction.requiringNew().run(() -> jobs.update(
                "owner = 'another-instance', status = 'queued', heartbeatAt = ?1 where id = ?2", clock.instant(),
                mine.id()));
        clock.advance(config.staleAfter().dividedBy(2));
        QuarkusTransaction.requiringNew().run(() -> jobs.update("heartbeatAt = ?1 where id = ?2", clock.instant(),
                mine.id()));
        clock.advance(config.staleAfter().dividedBy(2).plusSeconds(1));
        housekeeping.interruptStale();
        assertEquals("queued", service.get(mine.id()).status());
        asAdmin().post("/api/v1/imports/" + mine.id() + "/cancel").then().statusCode(200);
    }

    @Test
    void uploadsOfJobsThatDidNotCompleteAreDeletedAfterKeepFailedAndARetryIsThen410() throws IOException {
        File broken = dir.resolve("broken.xml").toFile();
        Files.writeString(broken.toPath(), "<?xml version=\"1.0\"?>\n<rss><channel><item>\n", StandardCharsets.UTF_8);
        JsonPath job = Imports.upload(broken, "application/xml", false);
        assertEquals("failed", job.getString("status"));
        Path file = Path.of(row(job.getInt("id")).filePath);
        assertTrue(Files.exists(file), "kept for a retry");

        housekeeping.removeExpiredUploads();
        assertTrue(Files.exists(file), "not yet expired");

        clock.advance(config.keepFailed().plusMinutes(1));
        assertTrue(housekeeping.removeExpiredUploads() >= 1);
        assertFalse(Files.exists(file));
        asAdmin().post("/api/v1/imports/" + job.getInt("id") + "/retry").then().statusCode(410)
                .contentType(startsWith("application/problem+json")).body("type", endsWith("upload-removed"))
                .body("detail", containsString("inkstone.import.keep-failed"));
        assertEquals(0, housekeeping.removeExpiredUploads(), "each job's upload is handled once");
    }
}
