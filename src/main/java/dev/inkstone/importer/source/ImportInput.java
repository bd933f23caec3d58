package dev.inkstone.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

/**
 * What a job reads: a single file, a folder, or a zip (opened, bounded), with the import root that server paths must
 * stay in and the name the user gave the file. Reports name files relative to the root.
 */
public record ImportInput(Path file, boolean folder, BoundedZip zip, Path root, String sourceName) {

    /** The one export document of a format in the zip. */
    ZipEntry zipDocument(ImportFormat format) throws IOException, BadImportFile {
        return single(ImportFormat.documents(zip.zip(), format), ZipEntry::getName);
    }

    /** The file itself, or the one export document of a format in the folder. */
    Path document(ImportFormat format) throws IOException, BadImportFile {
        return folder ? single(ImportFormat.documents(file, format, root), this::relative) : file;
    }

    /** A path as reports show it: relative to the import root, never the server's absolute path. */
    String relative(Path path) {
        Path real = ServerFiles.real(path);
        return root != null && real != null && real.startsWith(root) ? root.relativize(real).toString()
                : path.getFileName().toString();
    }

    private static <T> T single(List<T> documents, Function<T, String> name) throws BadImportFile {
        if (documents.size() != 1) {
            throw new BadImportFile(documents.isEmpty() ? "no export document found"
                    : "the import holds " + documents.size() + " export documents ("
                            + documents.stream().map(name).collect(Collectors.joining(", "))
                            + "); import them one at a time");
        }
        return documents.get(0);
    }
}
