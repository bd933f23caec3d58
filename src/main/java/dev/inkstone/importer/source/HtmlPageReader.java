package dev.inkstone.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dev.inkstone.importer.ImportConfig;

/**
 * Saved web pages: one {@code .html} file, or a zip of them, each a "Web page, complete" save whose pictures lie in
 * its {@code <name>_files/} folder beside it (found by the import's media bundle when the page names them; the
 * folder's stylesheets, scripts and theme images are never stored). Each page becomes one post
 * ({@link SavedWordPressPage}); pages inside a {@code _files/} folder are a saved page's frames, not posts.
 */
final class HtmlPageReader {

    private static final Pattern LEADING = Pattern.compile("^(?:\\s|\uFEFF|<!--.*?-->)*", Pattern.DOTALL);

    private final ZoneId zone;
    private final ImportConfig.Zip limits;
    private final long maxFile;

    HtmlPageReader(ZoneId zone, ImportConfig.Zip limits, long maxFile) {
        this.zone = zone;
        this.limits = limits;
        this.maxFile = maxFile;
    }

    /** Whether the first bytes of a file are a web page's: a doctype or {@code <html>} after comments. */
    static boolean isWebPage(String head) {
        String start = LEADING.matcher(head).replaceFirst("").toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    static boolean isPageName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".html") || lower.endsWith(".htm")) && !lower.matches("(?:.*/)?[^/]*_files/.*")
                && !lower.startsWith("__macosx/");
    }

    /** The entries of a zip that are saved pages, by name (their first bytes checked). */
    static List<ZipEntry> pages(ZipFile zip) throws IOException {
        List<ZipEntry> pages = new ArrayList<>();
        for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory() && isPageName(e.getName()))
                .sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
            try (InputStream in = zip.getInputStream(entry)) {
                if (isWebPage(new String(in.readNBytes(2048), StandardCharsets.UTF_8))) {
                    pages.add(entry);
                }
            }
        }
        return pages;
    }

    void readFile(Path file, String name, ItemSink sink) throws IOException {
        sink.total(1);
        long size = Files.size(file);
        if (size > maxFile) {
            sink.skip("post", name, name, size + " bytes, more than " + maxFile
                    + ", the limit of inkstone.import.max-file");
            return;
        }
        send(name, Files.readAllBytes(file), sink);
    }

    void readZip(BoundedZip bounded, ItemSink sink) throws IOException, BadImportFile {
        List<? extends ZipEntry> pages = bounded.zip().stream()
                .filter(e -> !e.isDirectory() && isPageName(e.getName()))
                .sorted(Comparator.comparing(ZipEntry::getName)).toList();
        if (pages.size() > limits.maxEntries()) {
            throw new BadImportFile("the zip holds " + pages.size() + " pages; at most " + limits.maxEntries()
                    + " are imported at once (inkstone.import.zip.max-entries)");
        }
        sink.total(pages.size());
        for (ZipEntry entry : pages) {
            String key = entry.getName().replace('\\', '/');
            byte[] bytes = bounded.readPost(entry, key, maxFile, sink);
            if (bytes == null) {
                continue;
            }
            send(key, bytes, sink);
        }
    }

    private void send(String key, byte[] bytes, ItemSink sink) throws IOException {
        if (!isWebPage(new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8))) {
            sink.skip("post", key, key, "not a web page (no doctype or <html> at its start)");
            return;
        }
        // The charset from a BOM or the page's <meta charset>, else UTF-8.
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        String folder = key.contains("/") ? key.substring(0, key.lastIndexOf('/') + 1) : "";
        sink.post(SavedWordPressPage.read(key, folder, page, zone));
    }
}
