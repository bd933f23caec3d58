package dev.inkstone.importer.job;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.importer.ImportConfig;
import dev.inkstone.importer.media.MediaBundle;
import dev.inkstone.importer.source.ImportFormat;
import dev.inkstone.importer.source.ServerFiles;

/**
 * The files jobs read and where they may come from: uploads kept in the work folder, server paths below
 * {@code inkstone.import.allowed-path} (symbolic links resolved), the images beside a file, and messages scrubbed of
 * the server's absolute paths.
 */
@ApplicationScoped
class ImportFiles {

    private final ImportConfig config;

    ImportFiles(ImportConfig config) {
        this.config = config;
    }

    /** Keeps an uploaded file (moved, not copied, when it can be) in the work folder; returns where. */
    Path keepUpload(Path uploaded, String name) {
        try {
            Files.createDirectories(config.workDir());
            Path stored = config.workDir().resolve(UUID.randomUUID() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
            try {
                Files.move(uploaded, stored);
            } catch (IOException | UnsupportedOperationException e) {
                // The HTTP layer's upload folder may be on a file system that cannot move into the work folder.
                Files.copy(uploaded, stored, StandardCopyOption.REPLACE_EXISTING);
            }
            return stored;
        } catch (IOException e) {
            throw new IllegalStateException("could not store the upload under " + config.workDir(), e);
        }
    }

    /** A file or folder on the server below the import root; 403 when server-side imports are off, 400 outside. */
    Path serverPath(String path) {
        Path root = root().orElseThrow(() -> ApiException.forbidden(
                "Server-side imports are disabled: set inkstone.import.allowed-path, or upload the file"));
        if (path.indexOf('\0') >= 0) {
            throw ApiException.invalid("path", "the path must not contain a NUL character");
        }
        Path target;
        try {
            target = root.resolve(path).normalize().toRealPath();
        } catch (IOException | InvalidPathException e) {
            throw ApiException.invalid("path", "no such file or folder in the allowed import folder");
        }
        // The requested path itself, symbolic links resolved, stays inside the root.
        if (!target.startsWith(root)) {
            throw ApiException.invalid("path", "the path must stay inside the allowed import folder");
        }
        if (!Files.isDirectory(target) && !Files.isRegularFile(target)) {
            throw ApiException.invalid("path", "not a regular file or a folder");
        }
        return target;
    }

    /** Whether a job may still read its file: an upload, or a file inside the current import root. */
    boolean readable(Path file, boolean upload) {
        Path root = root().orElse(null);
        Path real = ServerFiles.real(file);
        return upload || file.startsWith(config.workDir()) || root != null && real != null && real.startsWith(root);
    }

    /** The import root as a real path, when server-side imports are on. */
    Optional<Path> root() {
        return config.allowedPath().map(p -> {
            try {
                return p.toRealPath();
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * The files beside a single file imported by server path (its folder and below, inside the allowed import
     * folder); none beside an upload, whose folder holds other jobs' uploads.
     */
    MediaBundle besides(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        Path work = config.workDir().toAbsolutePath().normalize();
        if (parent == null || parent.startsWith(work) || config.allowedPath().isEmpty()) {
            return MediaBundle.NONE;
        }
        try {
            Path allowed = config.allowedPath().get().toRealPath();
            return parent.toRealPath().startsWith(allowed) ? MediaBundle.of(parent, allowed) : MediaBundle.NONE;
        } catch (IOException e) {
            return MediaBundle.NONE;
        }
    }

    /**
     * A message without the server's absolute paths (an IOException names the file it failed on): the upload's
     * stored path becomes its original name, paths below the import root become relative, the work folder goes.
     */
    String scrub(String message, ImportJob job) {
        if (message == null) {
            return null;
        }
        String out = message;
        if (job != null && job.filePath != null && !job.filePath.isEmpty()) {
            out = out.replace(job.filePath, job.sourceName);
        }
        Path root = root().orElse(null);
        if (root != null) {
            out = out.replace(root + File.separator, "").replace(root.toString(), ".");
        }
        Path work = config.workDir().toAbsolutePath().normalize();
        return out.replace(work + File.separator, "").replace(config.workDir() + File.separator, "");
    }

    static String uploadName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        try {
            Path name = Path.of(fileName).getFileName();
            return name == null ? "upload" : name.toString();
        } catch (InvalidPathException e) {
            return "upload";
        }
    }

    static void deleteUpload(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.debugf("could not delete the upload %s", file.getFileName());
        }
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImportFormat.isZip(in.readNBytes(4));
        }
    }
}
