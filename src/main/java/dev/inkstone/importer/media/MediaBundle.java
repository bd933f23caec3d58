package dev.inkstone.importer.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.inkstone.importer.source.BoundedZip;
import dev.inkstone.importer.source.MarkdownReader;
import dev.inkstone.importer.source.ServerFiles;

/**
 * The files that came with an import and may hold the bytes of the images its posts name: the entries of an uploaded
 * zip, or the files of a folder below {@code inkstone.import.allowed-path}. Names are slash-separated paths relative
 * to the zip's or folder's root; they are only keys: nothing is ever written at a name, and a folder is never left
 * (a symbolic link is followed only to a regular file inside the import root).
 */
public abstract class MediaBundle {

    /** No files: a bare WXR, Markdown or JSON upload. */
    public static final MediaBundle NONE = new MediaBundle() {
        @Override
        InputStream open(String name) throws IOException {
            throw new IOException("no files came with the import");
        }
    };

    /** More files than this in a zip or folder are not indexed (a name costs about 100 bytes of heap). */
    static final int MAX_FILES = 100_000;

    /** Names by their last segment, so a suffix lookup reads a handful of names, not all of them. */
    private final Map<String, List<String>> byFileName = new HashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();
    private boolean indexed;
    private String unreadable;

    /** Files that are documents, not media: never image candidates. */
    static boolean isDocument(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return MarkdownReader.isMarkdown(lower) || lower.endsWith(".xml") || lower.endsWith(".json")
                || lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
    }

    final void add(String name, long size) {
        byFileName.computeIfAbsent(lastSegment(name), k -> new ArrayList<>(1)).add(name);
        sizes.put(name, size);
    }

    /** Lists the files once, on the first lookup: an import whose posts name no image never walks a folder. */
    private void index() {
        if (indexed) {
            return;
        }
        indexed = true;
        try {
            list();
            if (sizes.size() > MAX_FILES) {
                unreadable = "the import's files are not searched: more than " + MAX_FILES + " files";
                byFileName.clear();
                sizes.clear();
            }
        } catch (IOException | RuntimeException e) {
            unreadable = "the import's files could not be listed (" + e.getClass().getSimpleName() + ")";
            byFileName.clear();
            sizes.clear();
        }
    }

    /** Adds every media file with {@link #add}. */
    void list() throws IOException {
    }

    /** Why no file can be found, or null when the files were listed. */
    final String unreadable() {
        index();
        return unreadable;
    }

    /** The size of a file as its directory says (a zip's central directory, the file system), or -1. */
    final long size(String name) {
        index();
        return sizes.getOrDefault(name, -1L);
    }

    /** The file with exactly this name, or null. */
    final String exact(String name) {
        index();
        return sizes.containsKey(name) ? name : null;
    }

    /**
     * The file whose name is {@code path} or ends with {@code "/" + path}; of several, the one nearest the root (then
     * the first by name), so the choice does not depend on the order of the zip.
     */
    final String suffix(String path) {
        index();
        List<String> named = byFileName.get(lastSegment(path));
        if (named == null) {
            return null;
        }
        return named.stream().filter(n -> n.equals(path) || n.endsWith("/" + path))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(null);
    }

    abstract InputStream open(String name) throws IOException;

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The entries of a zip the caller keeps open for the job, inflated under its bounds. */
    public static MediaBundle of(BoundedZip bounded) {
        ZipFile zip = bounded.zip();
        Map<String, ZipEntry> entries = new HashMap<>();
        return new MediaBundle() {
            @Override
            void list() {
                zip.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
                        .filter(e -> !isDocument(e.getName())).limit(MAX_FILES + 1L).forEach(e -> {
                            String name = e.getName().replace('\\', '/');
                            entries.put(name, e);
                            add(name, e.getSize());
                        });
            }

            @Override
            InputStream open(String name) throws IOException {
                return bounded.open(entries.get(name));
            }
        };
    }

    /**
     * The files below a server folder (already checked to be inside the import root {@code importRoot}, a real path):
     * only those {@link ServerFiles} allows are listed, and a file is checked again when it is opened.
     */
    public static MediaBundle of(Path root, Path importRoot) {
        return new MediaBundle() {
            private Path base;

            @Override
            void list() throws IOException {
                base = root.toRealPath();
                try (Stream<Path> walk = Files.walk(base)) {
                    for (Path file : (Iterable<Path>) walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                            .filter(p -> !isDocument(p.getFileName().toString()))
                            .filter(p -> ServerFiles.refusal(importRoot, p) == null)
                            .limit(MAX_FILES + 1L)::iterator) {
                        add(base.relativize(file).toString().replace('\\', '/'), Files.size(file));
                    }
                }
            }

            @Override
            InputStream open(String name) throws IOException {
                Path file = base.resolve(name).normalize();
                Path real = file.startsWith(base) ? ServerFiles.readable(importRoot, file) : null;
                if (real == null) {
                    throw new IOException("outside the import folder or not a regular file");
                }
                return Files.newInputStream(real);
            }
        };
    }
}
