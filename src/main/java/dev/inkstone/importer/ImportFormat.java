package dev.inkstone.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What an import reads; also the source kind its items' keys belong to. */
enum ImportFormat {
    WXR, MARKDOWN, INKSTONE;

    String kind() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of a file or folder, from its name and first bytes; null when it is none of them. */
    static ImportFormat detect(Path path, String name) throws IOException {
        if (Files.isDirectory(path)) {
            return MARKDOWN;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(2048);
        }
        String start = new String(head, StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "");
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return MARKDOWN;
        }
        if (start.startsWith("{") && start.contains("inkstone-export")) {
            return INKSTONE;
        }
        if (start.startsWith("<") && (start.contains("<rss") || lower.endsWith(".xml"))) {
            return WXR;
        }
        if (MarkdownReader.isMarkdown(lower) || lower.endsWith(".txt")) {
            return MARKDOWN;
        }
        return null;
    }
}
