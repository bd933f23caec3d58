package dev.inkstone.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Decoding, orientation, colour, stripping and encoding on every image of the shared corpus. */
class ImageCodecTest {

    static final Path IMAGES = Path.of("../shared/corpus/images");

    /** The corpus manifest's stats per image path (relative to images/). */
    static Map<String, JsonNode> manifest() throws IOException {
        JsonNode root = new ObjectMapper().readTree(IMAGES.resolveSibling("manifest.json").toFile());
        JsonNode files = root.has("files") ? root.get("files") : root;
        Map<String, JsonNode> stats = new java.util.TreeMap<>();
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
        byte[] bytes = Files.readAllBytes(IMAGES.resolve(name));
        JsonNode stats = manifest().get(name);
        ImageFormat format = ImageFormat.sniff(bytes);
        assertEquals(stats.get("format").asText().replace("WEBP", "WEBP"), format.name(), name);
        ImageCodec.Probe probe = ImageCodec.probe(bytes, format);
        assertEquals(stats.get("width").asInt(), probe.storedWidth(), name);
        assertEquals(stats.get("height").asInt(), probe.storedHeight(), name);
        assertEquals(stats.get("frames").asInt() > 1, probe.animated(), name);
        int orientation = Math.max(1, stats.get("exif_orientation").asInt(1));
        assertEquals(orientation, probe.orientation(), name);

        BufferedImage small = ImageCodec.render(bytes, probe, 320, true);
        int expectedWidth = Math.min(320, probe.width());
        assertEquals(expectedWidth, small.getWidth(), name);
        assertEquals(Math.round((double) probe.height() * expectedWidth / probe.width()), small.getHeight(), 1.0, name);
        byte[] jpeg = ImageCodec.encode(small, ImageFormat.JPEG, 0.8f);
        byte[] webp = ImageCodec.encode(small, ImageFormat.WEBP, 0.8f);
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(jpeg));
        assertEquals(ImageFormat.WEBP, ImageFormat.sniff(webp));
        assertEquals(expectedWidth, ImageIO.read(new ByteArrayInputStream(webp)).getWidth());
        assertNoLocation(jpeg, name);

        byte[] stripped = MetadataStripper.strip(bytes, format, probe.orientation());
        assertEquals(format, ImageFormat.sniff(stripped));
        assertNoLocation(stripped, name);
        ImageCodec.Probe again = ImageCodec.probe(stripped, format);
        assertEquals(probe, again, name + " keeps its size, frames and orientation when stripped");
        ImageCodec.render(stripped, again, 64, true);

        ImageCodec.Placeholder placeholder = ImageCodec.placeholder(ImageCodec.render(bytes, probe, 64, true));
        assertTrue(placeholder.color().matches("#[0-9a-f]{6}"), placeholder.color());
        assertTrue(placeholder.dataUri().length() < 2000, name + " placeholder " + placeholder.dataUri().length());
    }

    static void assertNoLocation(byte[] bytes, String name) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        assertFalse(metadata.containsDirectoryOfType(GpsDirectory.class), name + " still has GPS");
        for (Directory directory : metadata.getDirectories()) {
            assertFalse(directory.getName().contains("Makernote"), name + " still has " + directory.getName());
        }
    }

    @Test
    void appliesEveryExifOrientation() throws Exception {
        // The test photos show a large "F"-like shape: rendered upright, all nine look the same as Landscape_1.
        BufferedImage reference = render("exif-orientation-examples/Landscape_1.jpg");
        for (int orientation = 2; orientation <= 8; orientation++) {
            BufferedImage oriented = render("exif-orientation-examples/Landscape_" + orientation + ".jpg");
            assertEquals(reference.getWidth(), oriented.getWidth());
            assertEquals(reference.getHeight(), oriented.getHeight());
            BufferedImage unturned = ImageCodec.normalize(ImageCodec.resize(ImageCodec.render(
                    Files.readAllBytes(IMAGES.resolve("exif-orientation-examples/Landscape_1.jpg")),
                    new ImageCodec.Probe(ImageFormat.JPEG, 1800, 1200, orientation, false), 90, true), 90));
            double right = meanDifference(reference, oriented);
            double wrong = meanDifference(reference, unturned);
            assertTrue(right < 20 && right * 2 < wrong, "orientation " + orientation + ": " + right + " vs " + wrong);
        }
    }

    @Test
    void cmykJpegComesOutInRgbColours() throws Exception {
        BufferedImage image = render("sharp/Channel_digital_image_CMYK_color.jpg");
        // Read naively as RGB, CMYK data looks like a negative; the picture's mean is a light, warm tone.
        int rgb = meanRgb(image);
        int r = rgb >> 16 & 0xFF;
        int b = rgb & 0xFF;
        assertTrue(r > 100, "red " + r);
        assertTrue(r > b, "warmer than blue: " + Integer.toHexString(rgb));
    }

    @Test
    void refusesTruncatedAndCorruptData() throws Exception {
        for (String name : List.of("sharp/2569067123_aca715a2ee_o.jpg", "sharp/blackbug.png", "sharp/4.webp",
                "sharp/rotating-squares.gif")) {
            byte[] bytes = Files.readAllBytes(IMAGES.resolve(name));
            byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
            ImageFormat format = ImageFormat.sniff(truncated);
            assertThrows(CorruptImageException.class, () -> {
                ImageCodec.Probe probe = ImageCodec.probe(truncated, format);
                MetadataStripper.strip(truncated, format, probe.orientation());
                ImageCodec.render(truncated, probe, 64, true);
            }, name);
        }
    }

    private static BufferedImage render(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(IMAGES.resolve(name));
        ImageFormat format = ImageFormat.sniff(bytes);
        return ImageCodec.render(bytes, ImageCodec.probe(bytes, format), 90, true);
    }

    private static int meanRgb(BufferedImage image) {
        long r = 0;
        long g = 0;
        long b = 0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                r += rgb >> 16 & 0xFF;
                g += rgb >> 8 & 0xFF;
                b += rgb & 0xFF;
            }
        }
        return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
