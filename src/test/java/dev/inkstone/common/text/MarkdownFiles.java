package dev.inkstone.common.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Test helper: markdown files as blog engines store them, with front matter before the body. */
public final class MarkdownFiles {

    // Hexo allows front matter without the opening "---": "key: value" and "- item" lines up to a "---".
    private static final Pattern YAML_LINE = Pattern.compile("[A-Za-z_][\\w-]*:.*|\\s+.*|-.*|#.*|");

    private MarkdownFiles() {
    }

    /** Every .md and .markdown file under the folder, in a stable order. */
    public static List<Path> under(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".md") || file.toString().endsWith(".markdown"))
                    .sorted()
                    .toList();
        }
    }

    /** The body of the file: everything after a YAML (---) or TOML (+++) front matter block, if there is one. */
    public static String body(String text) {
        String normalized = text.replace("\uFEFF", "").replace("\r\n", "\n");
        List<String> lines = normalized.lines().toList();
        if (lines.isEmpty()) {
            return normalized;
        }
        String fence = lines.get(0).strip();
        int start = 1;
        if (!fence.equals("---") && !fence.equals("+++")) {
            if (!YAML_LINE.matcher(lines.get(0)).matches() || lines.get(0).isBlank()) {
                return normalized;
            }
            fence = "---";
            start = 0;
        }
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals(fence) || (fence.equals("---") && line.strip().equals("..."))) {
                return String.join("\n", lines.subList(i + 1, lines.size()));
            }
            if (start == 0 && !YAML_LINE.matcher(line).matches()) {
                return normalized;
            }
        }
        return start == 0 ? normalized : "";
    }
}
