package dev.inkstone.importer.job;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;

import dev.inkstone.common.concurrent.SerialWorker;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.importer.ImportConfig;
import dev.inkstone.importer.media.ImportMedia;
import dev.inkstone.importer.media.MediaBundle;
import dev.inkstone.importer.media.SiteMedia;
import dev.inkstone.importer.source.BadImportFile;
import dev.inkstone.importer.source.BoundedZip;
import dev.inkstone.importer.source.ImportFormat;
import dev.inkstone.importer.source.ImportInput;
import dev.inkstone.importer.source.ImportLimitException;
import dev.inkstone.importer.source.ImportReader;
import dev.inkstone.importer.source.WordPressRestReader;
import dev.inkstone.importer.source.WordPressSite;
import dev.inkstone.importer.write.ImportRun;

/**
 * Starts import jobs and runs them one at a time on a single worker lane, so two imports never race for the same
 * slugs; a job's reader runs a bounded queue ahead of its writes on a second lane ({@link ReadAhead}), so an import
 * takes at most two threads of the worker pool. Every job ends: whatever a job throws, an
 * {@link Error} included, marks it failed. Jobs another instance (or a crashed run of this one) left queued or running
 * are marked interrupted once their owner stops heartbeating ({@link ImportHousekeeping}); importing the file again
 * (or POST /imports/{id}/retry) finishes them, skipping what is already there.
 */
@ApplicationScoped
public class ImportRunner {

    private final ImportService service;
    private final JobSink.Writers writers;
    private final ImportConfig config;
    private final ImportFiles files;
    private final ImportMedia media;
    /** One job at a time, in the order they were started: a ManagedExecutor lane, not a scheduled job. */
    private final SerialWorker worker;
    /** The running job's reader, a queue ahead of the job's writes ({@link ReadAhead}). */
    private final SerialWorker readers;
    /** Jobs cancelled while this instance runs them: the worker stops before their next item. */
    private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();
    /** The job the worker is running, 0 when idle. */
    private volatile long current;
    /**
     * The sites of queued WordPress jobs, with their credentials: held in memory only, never in the database, so a
     * job whose instance stopped is not run again (it is interrupted, and the import is started anew).
     */
    private final java.util.Map<Long, WordPressJob> sites = new ConcurrentHashMap<>();

    /** The kind of jobs that read a live WordPress. */
    static final String WORDPRESS = "wordpress";

    /** A WordPress job's site and whether its images are fetched. */
    private record WordPressJob(WordPressSite site, boolean fetchMedia) {
    }

    ImportRunner(ImportService service, JobSink.Writers writers, ImportConfig config, ImportFiles files,
            ImportMedia media, Vertx vertx) {
        this.writers = writers;
        this.files = files;
        this.worker = new SerialWorker(vertx);
        this.readers = new SerialWorker(vertx);
        this.service = service;
        this.media = media;
        this.config = config;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.stopNow(Duration.ZERO);
        readers.stopNow(Duration.ZERO);
    }

    /** Keeps an uploaded file (moved, not copied, when it can be) for its job and starts the job. */
    public ImportJobView upload(Path uploaded, String fileName, boolean dryRun) {
        String name = ImportFiles.uploadName(fileName);
        return start(files.keepUpload(uploaded, name), name, dryRun, true);
    }

    /** Starts a job on a file or folder on the server, below {@code inkstone.import.allowed-path}. */
    public ImportJobView fromPath(String path, boolean dryRun) {
        return start(files.serverPath(path), path, dryRun, false);
    }

    /**
     * Starts a job reading a live WordPress over its REST API: the URL is checked here (a 422 naming {@code url} when
     * it is not http(s) or resolves to the server's own network), the site is read on the worker.
     */
    public ImportJobView fromWordPress(WordPressImportInput input) {
        boolean user = input.username() != null && !input.username().isBlank();
        boolean password = input.applicationPassword() != null && !input.applicationPassword().isBlank();
        if (user != password) {
            throw ApiException.invalid(user ? "applicationPassword" : "username",
                    "username and applicationPassword go together: send both, or neither for public posts only");
        }
        URI base = WordPressSite.checkUrl(input.url(), config.allowPrivate());
        WordPressSite site = new WordPressSite(base, user ? input.username().strip() : null,
                password ? input.applicationPassword() : null, config);
        ImportJobView job = service.create(WORDPRESS, base.toString(), base.toString(),
                Boolean.TRUE.equals(input.dryRun()), false);
        sites.put(job.id(), new WordPressJob(site, Boolean.TRUE.equals(input.fetchMedia())));
        worker.execute(() -> run(job.id()));
        return job;
    }

    /** Runs an interrupted, failed or cancelled job's file again as a new job. */
    public ImportJobView retry(long id) {
        ImportJob job = service.retryable(id);
        Path file = Path.of(job.filePath);
        if (!Files.exists(file)) {
            throw ApiException.conflict("file-gone", "The job's file is no longer on the server; import it again",
                    null);
        }
        return start(file, job.sourceName, job.dryRun, job.upload);
    }

    /**
     * Cancels a job: a queued one never starts; a running one stops after the item it is writing (on whichever
     * instance runs it: that instance learns of it here or at its next heartbeat).
     */
    public ImportJobView cancel(long id) {
        ImportJobView job = service.cancel(id);
        if (current == id) {
            cancelled.add(id);
        }
        return job;
    }

    /** Called by the heartbeat: a job cancelled through another instance stops here too. */
    void checkCancelled() {
        long running = current;
        if (running != 0 && service.cancelled(running)) {
            cancelled.add(running);
        }
    }

    private ImportJobView start(Path file, String name, boolean dryRun, boolean upload) {
        ImportFormat format;
        try {
            format = ImportFormat.detect(file, name, files.root().orElse(null));
        } catch (IOException e) {
            format = null;
        }
        if (format == null) {
            if (upload) {
                ImportFiles.deleteUpload(file);
            }
            throw new ApiException(415, "unsupported-import", "Unsupported Media Type", "Not a WordPress export (WXR),"
                    + " a Markdown file, an Inkstone export, a Ghost JSON export, a saved web page, or a zip of any of"
                    + " them with their images",
                    List.of(new dev.inkstone.common.error.FieldError("file", "unrecognised format")), null);
        }
        ImportJobView job = service.create(format, name, file.toString(), dryRun, upload);
        worker.execute(() -> run(job.id()));
        return job;
    }

    void run(long jobId) {
        try {
            run(jobId, this::read);
        } finally {
            sites.remove(jobId);
        }
    }

    /** What a job does with its file; the runner's guard around it is {@link #run(long, Work)}. */
    interface Work {
        void read(ImportJob job, Path file) throws Exception;
    }

    /**
     * Runs a job's work so that the job always ends: an input error fails it with its message (logged in one line);
     * anything else, an {@link Error} included (a heap filled, a stack overflowed), fails it with the kind of error,
     * logs it once with its stack trace, and deletes the upload, which would only fail the same way again.
     */
    void run(long jobId, Work work) {
        ImportJob job = null;
        current = jobId;
        try {
            job = service.start(jobId);
            if (job == null) {
                return;
            }
            Path file = Path.of(job.filePath);
            work.read(job, file);
            String ended = service.finish(jobId, "completed", null);
            if (job.upload && ended.equals("completed")) {
                ImportFiles.deleteUpload(file);
            }
        } catch (JobStop stop) {
            Log.infof("import job %d stopped: %s", jobId, stop.getMessage());
            end(jobId, stop.status, stop.getMessage());
        } catch (BadImportFile | ImportLimitException e) {
            Log.warnf("import job %d failed: %s", jobId, files.scrub(e.getMessage(), job));
            end(jobId, "failed", files.scrub(e.getMessage(), job));
        } catch (Throwable e) {
            failUnexpectedly(jobId, job, e);
        } finally {
            cancelled.remove(jobId);
            current = 0;
        }
    }

    /** Ends a job; when even that fails (the database is away), the heartbeat's sweep marks it interrupted. */
    private void end(long jobId, String status, String error) {
        try {
            service.finish(jobId, status, error);
        } catch (Throwable e) {
            Log.errorf("import job %d: could not record its end (%s)", jobId, e.getClass().getSimpleName());
        }
    }

    /** The job the worker is running now, 0 when idle. */
    long current() {
        return current;
    }

    private void failUnexpectedly(long jobId, ImportJob job, Throwable e) {
        if (worker.stopped()) {
            // The server is stopping and interrupted the worker: the job did not fail, it was interrupted, and its
            // upload stays for a retry.
            try {
                service.finish(jobId, "interrupted", "the server stopped while the job was running; import the file "
                        + "again to finish");
            } catch (Throwable again) {
                Log.infof("import job %d: stopped with the server", jobId);
            }
            return;
        }
        String reason = (e instanceof VirtualMachineError ? "the server ran out of resources reading the file ("
                : "could not read the file (") + e.getClass().getSimpleName() + ")"
                + (e.getMessage() == null || e instanceof VirtualMachineError ? ""
                        : ": " + files.scrub(e.getMessage(), job));
        try {
            Log.errorf(e, "import job %d failed", jobId);
            service.finish(jobId, "failed", reason);
            if (job != null && job.upload) {
                ImportFiles.deleteUpload(Path.of(job.filePath));
                service.uploadRemoved(jobId);
            }
        } catch (Throwable again) {
            // The database may be what failed; the job is marked interrupted once this instance stops heartbeating.
            Log.errorf("import job %d: could not record its failure (%s)", jobId, again.getClass().getSimpleName());
        }
    }

    /** Reads a job's file, folder or zip with its format's reader, writing each item as it comes. */
    private void read(ImportJob job, Path file) throws Exception {
        if (job.format.equals(WORDPRESS)) {
            readSite(job);
            return;
        }
        ImportFormat format = ImportFormat.valueOf(job.format.toUpperCase(java.util.Locale.ROOT));
        if (!files.readable(file, job.upload)) {
            // A retry after the import root changed: its file is no longer one the server may read.
            throw new BadImportFile(job.sourceName + " is not inside the allowed import folder");
        }
        Path root = files.root().orElse(null);
        BoundedZip zip = null;
        try {
            boolean folder = Files.isDirectory(file);
            if (!folder && ImportFiles.isZip(file)) {
                try {
                    zip = new BoundedZip(new ZipFile(file.toFile(), StandardCharsets.UTF_8), config.zip());
                } catch (ZipException e) {
                    throw new BadImportFile("not a readable zip: " + e.getMessage());
                }
            }
            MediaBundle bundle = zip != null ? MediaBundle.of(zip) : folder ? MediaBundle.of(file, root)
                    : files.besides(file);
            ImportRun run = new ImportRun(job.id, format.kind(), job.dryRun, media.start(bundle, job.dryRun));
            JobSink sink = new JobSink(writers, run, zip, null, () -> cancelled.contains(job.id));
            ImportReader reader = ImportReader.of(format, config);
            ImportInput input = new ImportInput(file, folder, zip, root, job.sourceName);
            ReadAhead.run(readers, items -> reader.read(input, items), sink);
            sink.flush();
            if (zip != null && zip.exceeded() != null) {
                throw zip.exceeded();
            }
        } finally {
            if (zip != null) {
                close(zip.zip());
            }
        }
    }

    /**
     * Reads a live WordPress. Its items are keyed as a WXR export of the site keys them (source kind {@code wxr}), so
     * a blog imported from its export and then from the live site is updated, not imported twice.
     */
    private void readSite(ImportJob job) throws Exception {
        WordPressJob site = sites.get(job.id);
        if (site == null) {
            throw new BadImportFile("the site's credentials are gone (the job was queued by an earlier run of the "
                    + "server); start the import again");
        }
        SiteMedia images = site.fetchMedia() ? new SiteMedia(site.site().base(), site.site()::open) : null;
        ImportRun run = new ImportRun(job.id, ImportFormat.WXR.kind(), job.dryRun,
                media.start(images == null ? MediaBundle.NONE : images, job.dryRun));
        ImportConfig.WordPress settings = config.wordpress();
        WordPressRestReader reader = new WordPressRestReader(site.site(), settings.perPage(), settings.maxPages(),
                config.maxText().asLongValue(), site.fetchMedia());
        JobSink sink = new JobSink(writers, run, null, images, () -> cancelled.contains(job.id));
        ReadAhead.run(readers, reader::read, sink);
        sink.flush();
    }

    private static void close(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                Log.debugf("could not close %s", zip.getName());
            }
        }
    }
}
