package dev.inkstone.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Markdown files with front matter: one file, a folder (server-side imports) or a zip. A zip is read entry by
 * entry with bounds on the entry count and on each entry's and the total inflated size, and entry names are only
 * keys, never paths to write to, so a zip bomb or a zip-slip name cannot harm the server. Images in a zip or
 * folder are stored as attachments, before the posts.
 */
final class MarkdownReader {

    private final ZoneId zone;
    private final ImportConfig.Zip limits;

    MarkdownReader(ZoneId zone, ImportConfig.Zip limits) {
        this.zone = zone;
        this.limits = limits;
    }

    static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    static boolean isImage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.matches(".*\\.(jpe?g|png|gif|webp|avif|svg)$");
    }

    /** A single uploaded file named {@code name}. */
    void readFile(Path file, String name, ItemSink sink) throws IOException {
        sink.total(1);
        send(name, name, Files.readAllBytes(file), sink);
    }

    void readFolder(Path root, ItemSink sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> isMarkdown(p.getFileName().toString()) || isImage(p.getFileName().toString()))
                    .toList());
        }
        // Images first, so the posts that name them find them stored.
        files.sort(Comparator.comparing((Path p) -> !isImage(p.getFileName().toString()))
                .thenComparing(Comparator.naturalOrder()));
        sink.total(files.size());
        for (Path file : files) {
            String key = root.relativize(file).toString().replace('\\', '/');
            if (isImage(key)) {
                sink.attachment(key, file.getFileName().toString(), key, null);
            } else {
                send(key, key, Files.readAllBytes(file), sink);
            }
        }
    }

    void readZip(Path zip, ItemSink sink) throws IOException, BadImportFile {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = file.stream()
                    .filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
                    .filter(e -> isMarkdown(e.getName()) || isImage(e.getName()))
                    .sorted(Comparator.comparing((ZipEntry e) -> !isImage(e.getName()))
                            .thenComparing(ZipEntry::getName)).toList();
            if (entries.size() > limits.maxEntries()) {
                throw new BadImportFile("the zip holds " + entries.size() + " files; at most "
                        + limits.maxEntries() + " are imported at once");
            }
            sink.total(entries.size());
            long inflated = 0;
            for (ZipEntry entry : entries) {
                String key = entry.getName().replace('\\', '/');
                if (isImage(key)) {
                    sink.attachment(key, key.substring(key.lastIndexOf('/') + 1), key, null);
                    continue;
                }
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1));
                }
                if (bytes.length > limits.maxEntryBytes()) {
                    sink.skip("post", key, key, "file inflates to more than " + limits.maxEntryBytes() + " bytes");
                    continue;
                }
                inflated += bytes.length;
                if (inflated > limits.maxTotalBytes()) {
                    throw new BadImportFile("the zip inflates to more than " + limits.maxTotalBytes()
                            + " bytes");
                }
                send(key, key, bytes, sink);
            }
        } catch (java.util.zip.ZipException e) {
            throw new BadImportFile("not a readable zip: " + e.getMessage());
        }
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
            sink.post(FrontMatter.parse(key, path, text, zone));
        } catch (FrontMatter.NotAPost e) {
            sink.skip("post", key, path, e.getMessage());
        }
    }
}
