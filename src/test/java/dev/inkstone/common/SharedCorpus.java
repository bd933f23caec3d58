package dev.inkstone.common;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The large test corpus beside a checkout (real blogs' markdown, WordPress exports and photos, with their own
 * licences), which a fresh clone does not have. Tests over all of it call {@link #require()}: they skip with a
 * one-line reason when it is absent, and fail instead when {@code INKSTONE_REQUIRE_CORPUS=true} (or the system
 * property {@code inkstone.require-corpus}), which CI sets so that a wrong path can never skip them silently. Every
 * behaviour these tests check also has a small fixture of our own under {@code src/test/resources/fixtures}.
 */
public final class SharedCorpus {

    /** Relative to the project directory, where Maven runs the tests. */
    public static final Path ROOT = Path.of("../shared/corpus");

    /** The documents the project grew from (clipped pages of real blogs), beside the corpus. */
    public static final Path SEEDS = Path.of("../shared/seeds");

    private SharedCorpus() {
    }

    /** The corpus root; skips the calling test (or fails it, when required) if the corpus is absent. */
    public static Path require() {
        if (!Files.isDirectory(ROOT)) {
            String reason = ROOT + " is absent: corpus-wide test skipped";
            if (required()) {
                Assertions.fail(ROOT.toAbsolutePath().normalize() + " is absent but INKSTONE_REQUIRE_CORPUS is set");
            }
            Assumptions.assumeTrue(false, reason);
        }
        return ROOT;
    }

    /** A seed document by name; skips the calling test (or fails it, when required) if it is absent. */
    public static Path requireSeed(String name) {
        Path file = SEEDS.resolve(name);
        if (!Files.isRegularFile(file)) {
            if (required()) {
                Assertions.fail(file.toAbsolutePath().normalize() + " is absent but INKSTONE_REQUIRE_CORPUS is set");
            }
            Assumptions.assumeTrue(false, file + " is absent: seed test skipped");
        }
        return file;
    }

    /** A file or folder inside the corpus, after {@link #require()}. */
    public static Path require(String relative) {
        return require().resolve(relative);
    }

    static boolean required() {
        return Boolean.getBoolean("inkstone.require-corpus")
                || "true".equalsIgnoreCase(System.getenv("INKSTONE_REQUIRE_CORPUS"));
    }
}
