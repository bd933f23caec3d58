package dev.inkstone.importer.source;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.inkstone.importer.ImportConfig;

/**
 * Markdown files with front matter: one file, a folder (server-side imports) or a zip. A zip is read entry by
 * entry with bounds on the entry count and on each entry's and the total inflated size, and entry names are only
 * keys, never paths to write to, so a zip bomb or a zip-slip name cannot harm the server. Images in a zip or
 * folder are stored as attachments, before the posts.
 */
public final class MarkdownReader {

    private final ZoneId zone;
    private final ImportConfig.Zip limits;
    private final long maxFile;

    MarkdownReader(ZoneId zone, ImportConfig.Zip limits, long maxFile) {
        this.zone = zone;
        this.limits = limits;
        this.maxFile = maxFile;
    }

    public static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    static boolean isImage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.matches(".*\\.(jpe?g|png|gif|webp|avif|svg)$");
    }

    /** A single file named {@code name}: an upload, or a file below the import root already checked to be inside. */
    void readFile(Path file, String name, ItemSink sink) throws IOException {
        sink.total(1);
        long size = Files.size(file);
        if (size > maxFile) {
            sink.skip("post", name, name, tooLarge(size));
            return;
        }
        send(name, name, Files.readAllBytes(file), sink);
    }

    /**
     * Every Markdown file and image below a folder of the import root ({@code root}, a real path). Symbolic links are
     * listed (Files.walk does not descend into them) and read only when {@link ServerFiles} allows it; what it refuses
     * is a report line.
     */
    void readFolder(Path folder, Path root, ItemSink target) throws IOException {
        UndatedAmongDated sink = new UndatedAmongDated(target);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = new ArrayList<>(walk.filter(p -> !p.equals(folder))
                    .filter(p -> Files.isSymbolicLink(p) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.isSymbolicLink(p) || isMarkdown(p.getFileName().toString())
                            || isImage(p.getFileName().toString()))
                    .toList());
        }
        // Images first, so the posts that name them find them stored.
        files.sort(Comparator.comparing((Path p) -> !isImage(p.getFileName().toString()))
                .thenComparing(Comparator.naturalOrder()));
        sink.total(files.size());
        for (Path file : files) {
            String key = folder.relativize(file).toString().replace('\\', '/');
            String type = isImage(key) ? "attachment" : isMarkdown(key) ? "post" : "file";
            String refused = ServerFiles.refusal(root, file);
            if (refused != null) {
                sink.skip(type, key, key, refused);
            } else if (type.equals("attachment")) {
                sink.attachment(key, file.getFileName().toString(), key, null);
            } else if (type.equals("file")) {
                sink.skip(type, key, key, "not a Markdown file or an image");
            } else {
                Path real = file.toRealPath();
                long size = Files.size(real);
                if (size > maxFile) {
                    sink.skip("post", key, key, tooLarge(size));
                } else {
                    send(key, key, Files.readAllBytes(real), sink);
                }
            }
        }
        sink.flush();
    }

    void readZip(BoundedZip bounded, ItemSink target) throws IOException, BadImportFile {
        UndatedAmongDated sink = new UndatedAmongDated(target);
        ZipFile file = bounded.zip();
        List<? extends ZipEntry> entries = file.stream()
                .filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
                .filter(e -> isMarkdown(e.getName()) || isImage(e.getName()))
                .sorted(Comparator.comparing((ZipEntry e) -> !isImage(e.getName()))
                        .thenComparing(ZipEntry::getName)).toList();
        if (entries.size() > limits.maxEntries()) {
            throw new BadImportFile("the zip holds " + entries.size() + " files; at most "
                    + limits.maxEntries() + " are imported at once (inkstone.import.zip.max-entries)");
        }
        sink.total(entries.size());
        for (ZipEntry entry : entries) {
            String key = entry.getName().replace('\\', '/');
            if (isImage(key)) {
                sink.attachment(key, key.substring(key.lastIndexOf('/') + 1), key, null);
                continue;
            }
            byte[] bytes = bounded.readPost(entry, key, maxFile, sink);
            if (bytes == null) {
                continue;
            }
            send(key, key, bytes, sink);
        }
        sink.flush();
    }

    private String tooLarge(long size) {
        return size + " bytes, more than " + maxFile + ", the limit of inkstone.import.max-file";
    }

    private void send(String key, String path, byte[] bytes, ItemSink sink) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.skip("post", key, path, "not UTF-8 text");
            return;
        }
        try {
            FrontMatter.Item item = FrontMatter.parseItem(key, path, text, zone);
            if (item.page()) {
                sink.page(item.asPage());
            } else {
                sink.post(item.post());
            }
        } catch (FrontMatter.NotAPost e) {
            sink.skip("post", key, path, e.getMessage());
        }
    }
}
