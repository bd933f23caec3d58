package dev.inkstone.importer.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import dev.inkstone.importer.ImportConfig;

/**
 * Deletes the files in the upload folder that no job needs any more: older than {@code inkstone.import.keep-failed}
 * and not the file of a job that is queued, running, or ended within that time. The per-job retention cannot see
 * them: uploads of jobs from before V13 (recorded with {@code upload = false}, so never taken for uploads), and a
 * file stored for a job whose row was never written (the database was away).
 */
@ApplicationScoped
class OrphanUploads {

    private final ImportService service;
    private final ImportConfig config;

    OrphanUploads(ImportService service, ImportConfig config) {
        this.service = service;
        this.config = config;
    }

    /** Deletes the orphans; returns how many. */
    int sweep() {
        Path folder = config.workDir();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Instant cutoff = service.keepUploadsSince();
        // Read before the folder: a job created meanwhile has a fresh file, younger than the cutoff.
        Set<String> inUse = service.filesInUse(cutoff);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (!inUse.contains(file.toString()) && !inUse.contains(file.toAbsolutePath().normalize().toString())
                        && expired(file, cutoff)) {
                    removed += delete(file) ? 1 : 0;
                }
            }
        } catch (IOException e) {
            Log.warnf("could not list the upload folder for old uploads (%s)", e.getClass().getSimpleName());
        }
        if (removed > 0) {
            Log.infof("deleted %d upload(s) no import job needs any more", removed);
        }
        return removed;
    }

    private static boolean expired(Path file, Instant cutoff) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warnf("could not delete the old upload %s (%s)", file.getFileName(), e.getClass().getSimpleName());
            return false;
        }
    }
}
