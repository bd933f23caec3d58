package dev.inkstone.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own test fixtures (src/test/resources/fixtures, see its README), by path. */
public final class Fixtures {

    /** Relative to the project directory, where Maven runs the tests. */
    public static final Path ROOT = Path.of("src/test/resources/fixtures");

    /** The small WordPress export. */
    public static final Path WXR = ROOT.resolve("wxr/small-blog.wordpress.xml");

    /** The clipped Chinese web page. */
    public static final Path CLIPPED = ROOT.resolve("clipped/hangzhou-tea.txt");

    private Fixtures() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
