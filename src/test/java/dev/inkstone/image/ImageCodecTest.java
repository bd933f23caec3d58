package dev.inkstone.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;

import dev.inkstone.common.DatabaseIndependent;

/** Decoding, orientation, stripping and encoding on images drawn by {@link GeneratedImages}. */
@DatabaseIndependent
class ImageCodecTest {

    /** Each generated image: its format, stored size, animation and EXIF orientation. */
    static Stream<Arguments> generated() {
        return Stream.of(
                Arguments.of(GeneratedImages.LANDSCAPE_JPEG, ImageFormat.JPEG, 480, 369, false, 1),
                Arguments.of(GeneratedImages.PHOTO_JPEG, ImageFormat.JPEG, 1280, 960, false, 1),
                Arguments.of(GeneratedImages.TRANSPARENT_PNG, ImageFormat.PNG, 640, 480, false, 1),
                Arguments.of(GeneratedImages.TRANSPARENT_WEBP, ImageFormat.WEBP, 300, 300, false, 1),
                Arguments.of(GeneratedImages.PHOTO_WEBP, ImageFormat.WEBP, 1024, 772, false, 1),
                Arguments.of(GeneratedImages.ANIMATED_GIF, ImageFormat.GIF, 80, 80, true, 1),
                Arguments.of(GeneratedImages.PORTRAIT_EXIF_JPEG, ImageFormat.JPEG, 1800, 1200, false, 6));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void probesRendersAndStripsEveryGeneratedImage(String name, ImageFormat format, int width, int height,
            boolean animated, int orientation) throws Exception {
        byte[] bytes = GeneratedImages.named(name);
        if (orientation != 1) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            assertTrue(metadata.containsDirectoryOfType(GpsDirectory.class), name + " carries a GPS position to strip");
        }
        probesRendersAndStrips(name, bytes, format, width, height, animated, orientation);
    }

    /** What every upload goes through, checked against what is known about the image. */
    static void probesRendersAndStrips(String name, byte[] bytes, ImageFormat expectedFormat, int width, int height,
            boolean animated, int orientation) throws Exception {
        ImageFormat format = ImageFormat.sniff(bytes);
        assertEquals(expectedFormat, format, name);
        ImageCodec.Probe probe = ImageCodec.probe(bytes, format);
        assertEquals(width, probe.storedWidth(), name);
        assertEquals(height, probe.storedHeight(), name);
        assertEquals(animated, probe.animated(), name);
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
        // A picture with a large "F" stored as a camera stores it for each orientation: rendered upright, all eight
        // look like the first; rendered as if upright (the orientation ignored), they do not.
        BufferedImage upright = GeneratedImages.picture(180, 120, false, 9);
        byte[] plain = GeneratedImages.jpeg(upright);
        BufferedImage reference = render(plain);
        for (int orientation = 2; orientation <= 8; orientation++) {
            byte[] stored = GeneratedImages.withExif(
                    GeneratedImages.jpeg(GeneratedImages.storedFor(upright, orientation)), orientation, false);
            BufferedImage oriented = render(stored);
            assertEquals(reference.getWidth(), oriented.getWidth());
            assertEquals(reference.getHeight(), oriented.getHeight());
            BufferedImage unturned = Pixels.normalize(Pixels.resize(ImageCodec.render(plain,
                    new ImageCodec.Probe(ImageFormat.JPEG, 180, 120, orientation, false), 90, true), 90));
            double right = meanDifference(reference, oriented);
            double wrong = meanDifference(reference, unturned);
            assertTrue(right < 20 && right * 2 < wrong, "orientation " + orientation + ": " + right + " vs " + wrong);
        }
    }

    @Test
    void refusesTruncatedAndCorruptData() throws Exception {
        for (String name : List.of(GeneratedImages.PHOTO_JPEG, GeneratedImages.TRANSPARENT_PNG,
                GeneratedImages.PHOTO_WEBP, GeneratedImages.ANIMATED_GIF)) {
            byte[] bytes = GeneratedImages.named(name);
            byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
            ImageFormat format = ImageFormat.sniff(truncated);
            assertThrows(CorruptImageException.class, () -> {
                ImageCodec.Probe probe = ImageCodec.probe(truncated, format);
                MetadataStripper.strip(truncated, format, probe.orientation());
                ImageCodec.render(truncated, probe, 64, true);
            }, name);
        }
    }

    static BufferedImage render(byte[] bytes) {
        ImageFormat format = ImageFormat.sniff(bytes);
        return ImageCodec.render(bytes, ImageCodec.probe(bytes, format), 90, true);
    }

    static int meanRgb(BufferedImage image) {
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

    static double meanDifference(BufferedImage a, BufferedImage b) {
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
