package dev.inkstone.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an import reads; also the source kind its items' keys belong to. A zip or a server folder holding a WordPress
 * export (with its uploads beside it) is a WXR import, one holding an Inkstone export an Inkstone import, a zip of
 * saved web pages (with their {@code _files} folders) and no Markdown an HTML import, and any other zip or folder a
 * Markdown import; the files around the document may hold its images.
 */
public enum ImportFormat {
    WXR, MARKDOWN, INKSTONE, GHOST, HTML;

    public String kind() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a file or folder, from its name and first bytes; null when it is none of them. {@code root} is the
     * import root (a real path) a folder's files must stay inside.
     */
    public static ImportFormat detect(Path path, String name, Path root) throws IOException {
        if (Files.isDirectory(path)) {
            return inFolder(path, root);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(2048);
        }
        if (isZip(head)) {
            try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
                return inZip(zip);
            } catch (java.util.zip.ZipException e) {
                return MARKDOWN; // the job reports the unreadable zip
            }
        }
        return of(head, name);
    }

    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static ImportFormat of(byte[] head, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String start = new String(head, StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "");
        if (start.startsWith("{") && start.contains("inkstone-export")) {
            return INKSTONE;
        }
        if (GhostJson.looksLikeExport(start)) {
            return GHOST;
        }
        if (start.startsWith("<") && (start.contains("<rss") || lower.endsWith(".xml"))) {
            return WXR;
        }
        if (MarkdownReader.isMarkdown(lower)) {
            return MARKDOWN;
        }
        if (HtmlPageReader.isWebPage(start)) {
            return HTML;
        }
        if (lower.endsWith(".txt")) {
            return MARKDOWN;
        }
        return null;
    }

    /** Inside a zip or folder an XML file must declare the WXR namespace: a site's RSS feed is not an export. */
    private static boolean isDocument(byte[] head, String name, ImportFormat format) {
        return of(head, name) == format && (format != WXR
                || new String(head, StandardCharsets.UTF_8).contains("wordpress.org/export/"));
    }

    private static ImportFormat inZip(ZipFile zip) throws IOException {
        return !documents(zip, WXR).isEmpty() ? WXR : !documents(zip, INKSTONE).isEmpty() ? INKSTONE
                : !documents(zip, GHOST).isEmpty() ? GHOST : isHtml(zip) ? HTML : MARKDOWN;
    }

    /** Saved web pages and no Markdown file: a zip of Markdown posts may well hold an HTML file or two. */
    private static boolean isHtml(ZipFile zip) throws IOException {
        return zip.stream().noneMatch(e -> !e.isDirectory() && MarkdownReader.isMarkdown(e.getName()))
                && !HtmlPageReader.pages(zip).isEmpty();
    }

    private static ImportFormat inFolder(Path folder, Path root) throws IOException {
        return !documents(folder, WXR, root).isEmpty() ? WXR : !documents(folder, INKSTONE, root).isEmpty() ? INKSTONE
                : !documents(folder, GHOST, root).isEmpty() ? GHOST : MARKDOWN;
    }

    /** The entries of a zip that are WordPress exports (.xml) or Inkstone exports (.json), by name. */
    static List<ZipEntry> documents(ZipFile zip, ImportFormat format) throws IOException {
        String extension = format == WXR ? ".xml" : ".json";
        List<ZipEntry> found = new ArrayList<>();
        for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(extension))
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
            byte[] head;
            try (InputStream in = zip.getInputStream(entry)) {
                head = in.readNBytes(8192);
            }
            if (isDocument(head, entry.getName(), format)) {
                found.add(entry);
            }
        }
        return found;
    }

    /**
     * The files directly in a folder that are WordPress or Inkstone exports, by name, as real paths; only files
     * {@link ServerFiles} lets the import read below {@code root}.
     */
    static List<Path> documents(Path folder, ImportFormat format, Path root) throws IOException {
        String extension = format == WXR ? ".xml" : ".json";
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                    .sorted().map(p -> ServerFiles.readable(root, p)).filter(java.util.Objects::nonNull).toList()) {
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(8192);
                }
                if (isDocument(head, file.getFileName().toString(), format)) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
