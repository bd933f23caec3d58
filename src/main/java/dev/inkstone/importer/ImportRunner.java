package dev.inkstone.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.importer.ImportedPost.TermRef;

/**
 * Starts import jobs and runs them one at a time on a single worker thread, so two imports never race for the same
 * slugs and an import never takes more than one core from the readers. On startup, jobs a stopped server left behind
 * are marked interrupted; importing the file again (or POST /imports/{id}/retry) finishes them, skipping what is
 * already there.
 */
@ApplicationScoped
public class ImportRunner {

    private final ImportService service;
    private final ImportWriter writer;
    private final ImportConfig config;
    private final ImportMedia media;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "inkstone-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportRunner(ImportService service, ImportWriter writer, ImportConfig config, ImportMedia media) {
        this.service = service;
        this.media = media;
        this.writer = writer;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        int interrupted = service.interruptLeftovers();
        if (interrupted > 0) {
            Log.warnf("%d import job(s) were interrupted by the last shutdown; import their files again to finish",
                    interrupted);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Keeps an uploaded file (moved, not copied, when it can be) for its job and starts the job. */
    public ImportJobView upload(Path uploaded, String fileName, boolean dryRun) {
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        Path stored;
        try {
            Files.createDirectories(config.workDir());
            stored = config.workDir().resolve(UUID.randomUUID() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
            try {
                Files.move(uploaded, stored);
            } catch (IOException | UnsupportedOperationException e) {
                // The HTTP layer's upload folder may be on a file system that cannot move into the work folder.
                Files.copy(uploaded, stored, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not store the upload under " + config.workDir(), e);
        }
        return start(stored, name, dryRun);
    }

    /** Starts a job on a file or folder on the server, below {@code inkstone.import.allowed-path}. */
    public ImportJobView fromPath(String path, boolean dryRun) {
        Path allowed = config.allowedPath().orElseThrow(() -> ApiException.forbidden(
                "Server-side imports are disabled: set inkstone.import.allowed-path, or upload the file"));
        Path target;
        try {
            Path root = allowed.toRealPath();
            target = root.resolve(path).normalize().toRealPath();
            if (!target.startsWith(root)) {
                throw ApiException.invalid("path", "the path must stay inside the allowed import folder");
            }
        } catch (IOException e) {
            throw ApiException.invalid("path", "no such file or folder in the allowed import folder");
        }
        return start(target, path, dryRun);
    }

    /** Runs an interrupted or failed job's file again as a new job. */
    public ImportJobView retry(long id) {
        ImportJob job = service.retryable(id);
        Path file = Path.of(job.filePath);
        if (!Files.exists(file)) {
            throw ApiException.conflict("file-gone", "The job's file is no longer on the server; import it again",
                    null);
        }
        return start(file, job.sourceName, job.dryRun);
    }

    private ImportJobView start(Path file, String name, boolean dryRun) {
        ImportFormat format;
        try {
            format = ImportFormat.detect(file, name);
        } catch (IOException e) {
            format = null;
        }
        if (format == null) {
            if (file.startsWith(config.workDir())) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    Log.debugf("could not delete %s", file);
                }
            }
            throw new ApiException(415, "unsupported-import", "Unsupported Media Type", "Not a WordPress export (WXR),"
                    + " a Markdown file, an Inkstone export, or a zip of any of them with their images",
                    List.of(new dev.inkstone.common.error.FieldError("file", "unrecognised format")), null);
        }
        ImportJobView job = service.create(format, name, file.toString(), dryRun);
        worker.submit(() -> run(job.id()));
        return job;
    }

    void run(long jobId) {
        ImportJob job = service.start(jobId);
        if (job == null) {
            return;
        }
        ImportFormat format = ImportFormat.valueOf(job.format.toUpperCase(java.util.Locale.ROOT));
        Path file = Path.of(job.filePath);
        ZipFile zip = null;
        try {
            boolean folder = Files.isDirectory(file);
            if (!folder && isZip(file)) {
                try {
                    zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
                } catch (ZipException e) {
                    throw new BadImportFile("not a readable zip: " + e.getMessage());
                }
            }
            MediaBundle files = zip != null ? MediaBundle.of(zip) : folder ? MediaBundle.of(file) : besides(file);
            ImportWriter.Run run = new ImportWriter.Run(jobId, format.kind(), job.dryRun,
                    media.start(files, job.dryRun));
            ItemSink sink = sink(run);
            switch (format) {
                case WXR -> {
                    WxrReader reader = new WxrReader(config.defaultZone());
                    if (zip != null) {
                        ZipFile z = zip;
                        ZipEntry document = single(ImportFormat.documents(zip, format), ZipEntry::getName);
                        reader.read(() -> z.getInputStream(document), sink);
                    } else {
                        reader.read(folder ? single(ImportFormat.documents(file, format), Path::toString) : file,
                                sink);
                    }
                }
                case INKSTONE -> {
                    InkstoneJsonReader reader = new InkstoneJsonReader();
                    if (zip != null) {
                        reader.read(zip.getInputStream(single(ImportFormat.documents(zip, format),
                                ZipEntry::getName)), sink);
                    } else {
                        reader.read(folder ? single(ImportFormat.documents(file, format), Path::toString) : file,
                                sink);
                    }
                }
                case MARKDOWN -> {
                    MarkdownReader reader = new MarkdownReader(config.defaultZone(), config.zip());
                    if (folder) {
                        reader.readFolder(file, sink);
                    } else if (zip != null) {
                        reader.readZip(file, sink);
                    } else {
                        reader.readFile(file, job.sourceName, sink);
                    }
                }
            }
            service.finish(jobId, "completed", null);
            if (file.startsWith(config.workDir())) {
                close(zip);
                zip = null;
                Files.deleteIfExists(file);
            }
        } catch (BadImportFile e) {
            service.finish(jobId, "failed", e.getMessage());
        } catch (IOException | RuntimeException e) {
            Log.errorf(e, "import job %d failed", jobId);
            service.finish(jobId, "failed", "could not read the file (" + e.getClass().getSimpleName() + "): "
                    + e.getMessage());
        } finally {
            close(zip);
        }
    }

    /**
     * The files beside a single file imported by server path (its folder and below, inside the allowed import
     * folder); none beside an upload, whose folder holds other jobs' uploads.
     */
    private MediaBundle besides(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        Path work = config.workDir().toAbsolutePath().normalize();
        if (parent == null || parent.startsWith(work) || config.allowedPath().isEmpty()) {
            return MediaBundle.NONE;
        }
        try {
            Path allowed = config.allowedPath().get().toRealPath();
            return parent.toRealPath().startsWith(allowed) ? MediaBundle.of(parent) : MediaBundle.NONE;
        } catch (IOException e) {
            return MediaBundle.NONE;
        }
    }

    private static <T> T single(List<T> documents, java.util.function.Function<T, String> name)
            throws BadImportFile {
        if (documents.size() != 1) {
            throw new BadImportFile(documents.isEmpty() ? "no export document found"
                    : "the import holds " + documents.size() + " export documents ("
                            + documents.stream().map(name).collect(java.util.stream.Collectors.joining(", "))
                            + "); import them one at a time");
        }
        return documents.get(0);
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

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImportFormat.isZip(in.readNBytes(4));
        }
    }

    private ItemSink sink(ImportWriter.Run run) {
        return new ItemSink() {
            @Override
            public void total(int items) {
                service.total(run.jobId, items);
            }

            @Override
            public void category(String sourceKey, List<TermRef> path, String description) {
                writer.category(run, sourceKey, path, description);
            }

            @Override
            public void tag(String sourceKey, TermRef tag, String description) {
                writer.tag(run, sourceKey, tag, description);
            }

            @Override
            public void post(ImportedPost post) {
                writer.post(run, post);
            }

            @Override
            public void attachment(String sourceKey, String title, String url, ImportMedia.ImageMeta meta) {
                writer.attachment(run, sourceKey, title, url, meta);
            }

            @Override
            public void skip(String type, String sourceKey, String title, String reason) {
                writer.skip(run, type, sourceKey, title, reason);
            }
        };
    }
}
