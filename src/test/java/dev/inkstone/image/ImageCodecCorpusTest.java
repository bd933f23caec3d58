package dev.inkstone.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.SharedCorpus;

/** {@link ImageCodecTest}'s checks on every photo of the large shared corpus, when it is beside the checkout. */
@DatabaseIndependent
class ImageCodecCorpusTest {

    @BeforeAll
    static void needsTheCorpus() {
        SharedCorpus.require();
    }

    static Path images() {
        return SharedCorpus.require("images");
    }

    /** The corpus manifest's stats per image path (relative to images/). */
    static Map<String, JsonNode> manifest() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SharedCorpus.require("manifest.json").toFile());
        JsonNode files = root.has("files") ? root.get("files") : root;
        Map<String, JsonNode> stats = new TreeMap<>();
        files.forEach(f -> {
            String path = f.path("file").asText();
            if (path.startsWith("images/")) {
                stats.put(path.substring("images/".length()), f.get("stats"));
            }
        });
        return stats;
    }

    static Stream<String> corpus() throws IOException {
        return manifest().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void probesRendersAndStripsEveryCorpusImage(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(images().resolve(name));
        JsonNode stats = manifest().get(name);
        ImageCodecTest.probesRendersAndStrips(name, bytes, ImageFormat.valueOf(stats.get("format").asText()),
                stats.get("width").asInt(), stats.get("height").asInt(), stats.get("frames").asInt() > 1,
                Math.max(1, stats.get("exif_orientation").asInt(1)));
    }

    @Test
    void cmykJpegComesOutInRgbColours() throws Exception {
        // ImageIO cannot write a CMYK JPEG to make one here, so this one stays with the corpus photo.
        byte[] bytes = Files.readAllBytes(images().resolve("sharp/Channel_digital_image_CMYK_color.jpg"));
        // Read naively as RGB, CMYK data looks like a negative; the picture's mean is a light, warm tone.
        int rgb = ImageCodecTest.meanRgb(ImageCodecTest.render(bytes));
        int r = rgb >> 16 & 0xFF;
        int b = rgb & 0xFF;
        assertTrue(r > 100, "red " + r);
        assertTrue(r > b, "warmer than blue: " + Integer.toHexString(rgb));
    }
}
