package dev.inkstone.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

import io.quarkus.logging.Log;

/**
 * Decoding and encoding with ImageIO, frugally: sizes come from the header before any pixel is decoded, and a
 * decode for a small rendition reads every n-th pixel only ({@link ImageReadParam#setSourceSubsampling}), so a
 * 320-px variant of a 4000-px photo never holds the full raster. Stateless; callers bound how many run at once.
 */
final class ImageCodec {

    static {
        System.setProperty("java.awt.headless", "true");
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    /** What the header says, before decoding; width and height are as displayed (EXIF orientation applied). */
    record Probe(ImageFormat format, int storedWidth, int storedHeight, int orientation, boolean animated) {

        /** What a stored image's record says of it: its width and height are as displayed. */
        static Probe of(ImageFormat format, int width, int height, int orientation) {
            boolean transposed = orientation >= 5 && orientation <= 8;
            return new Probe(format, transposed ? height : width, transposed ? width : height, orientation, false);
        }

        boolean transposed() {
            return orientation >= 5 && orientation <= 8;
        }

        int width() {
            return transposed() ? storedHeight : storedWidth;
        }

        int height() {
            return transposed() ? storedWidth : storedHeight;
        }

        long pixels() {
            return (long) storedWidth * storedHeight;
        }

        /** Width in stored pixels of a rendition {@code displayWidth} wide (0: the image's own size). */
        int storedTarget(int displayWidth) {
            return displayWidth <= 0 || displayWidth >= width() ? storedWidth
                    : Math.max(1, (int) Math.round((double) displayWidth * storedWidth / width()));
        }

        /**
         * Source subsampling step for a rendition {@code storedTarget} wide: decoded rows keep at least twice the
         * target's pixels, below which downscaling aliases.
         */
        int step(int storedTarget) {
            return Math.max(1, storedWidth / (2 * Math.max(1, storedTarget)));
        }

        /**
         * Heap a render of {@code displayWidth} needs at its peak: the decoded ARGB raster and one converted copy
         * (colour space, orientation), each 4 bytes a pixel.
         */
        long renderBytes(int displayWidth) {
            int step = step(storedTarget(displayWidth));
            return 2L * 4 * ((storedWidth + step - 1) / step) * ((storedHeight + step - 1) / step);
        }
    }

    /** The small stand-in a page shows while the image loads. */
    record Placeholder(String color, String dataUri, boolean alpha) {
    }

    private static final int PLACEHOLDER_WIDTH = 16;
    /** Decoder warnings that mean missing or broken data; others (an ICC rendering intent) are harmless. */
    private static final Pattern DAMAGE = Pattern.compile(
            "premature|corrupt|truncat|end of (file|stream)|missing|invalid|bad huffman|not enough",
            Pattern.CASE_INSENSITIVE);

    private ImageCodec() {
    }

    /** Reads the dimensions, frame count and orientation from the headers; decodes no pixels. */
    static Probe probe(byte[] bytes, ImageFormat format) {
        ImageReader reader = reader(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, false, true);
            int[] canvas = AnimationFrames.canvasSize(bytes, format);
            int width = canvas != null ? canvas[0] : reader.getWidth(0);
            int height = canvas != null ? canvas[1] : reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new CorruptImageException("The image header gives no size");
            }
            boolean animated = (format == ImageFormat.GIF || format == ImageFormat.WEBP) && frames(reader) > 1;
            return new Probe(format, width, height, orientation(bytes, format), animated);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CorruptImageException corrupt) {
                throw corrupt;
            }
            throw new CorruptImageException("The image header cannot be read", e);
        } finally {
            reader.dispose();
        }
    }

    private static int frames(ImageReader reader) throws IOException {
        // GIF counts by skipping each frame's compressed data, WebP by walking its chunks: nothing is decoded.
        return reader.getNumImages(true);
    }

    /** The EXIF orientation (1-8); 1 when absent, invalid (0) or unreadable: a broken maker note fails nothing. */
    static int orientation(byte[] bytes, ImageFormat format) {
        if (format == ImageFormat.GIF) {
            return 1;
        }
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (Exception | StackOverflowError e) {
            Log.debugf("EXIF unreadable, taken as upright: %s", e.toString());
        }
        return 1;
    }

    /**
     * The first frame at {@code displayWidth} (the whole image when 0 or not smaller), upright, in 8-bit sRGB. The
     * decoder reads every n-th pixel when the target is at most half the image, so the raster it allocates stays
     * near twice the target. {@code strict} turns decoder warnings (a JPEG cut short) into
     * {@link CorruptImageException}; uploads are strict, renditions of stored sources are not.
     */
    static BufferedImage render(byte[] bytes, Probe probe, int displayWidth, boolean strict) {
        ImageReader reader = reader(probe.format());
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage decoded;
        int storedTarget = probe.storedTarget(displayWidth);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = probe.step(storedTarget);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            decoded = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new CorruptImageException("The image data cannot be decoded", e);
        } finally {
            reader.dispose();
        }
        if (strict) {
            for (String warning : warnings) {
                if (DAMAGE.matcher(warning).find()) {
                    throw new CorruptImageException("The image data is damaged: " + warning);
                }
            }
        }
        BufferedImage frame = onCanvas(decoded, bytes, probe);
        BufferedImage scaled = Pixels.resize(Pixels.toSrgb(frame), storedTarget);
        return Pixels.normalize(Pixels.orient(scaled, probe.orientation()));
    }

    /**
     * An animation's first frame may cover only part of the canvas (GIF image descriptor, WebP ANMF offsets); it is
     * drawn at its place on a transparent canvas of the image's size.
     */
    private static BufferedImage onCanvas(BufferedImage frame, byte[] bytes, Probe probe) {
        if (!probe.animated() && probe.format() != ImageFormat.GIF) {
            return frame;
        }
        int[] offset = AnimationFrames.firstFrameOffset(bytes, probe.format());
        int scaleX = Math.max(1, (int) Math.round((double) probe.storedWidth() / Math.max(1, frame.getWidth())));
        if (offset == null || (offset[0] == 0 && offset[1] == 0
                && frame.getWidth() * scaleX >= probe.storedWidth())) {
            return frame;
        }
        // Subsampled frames keep their proportion of the canvas.
        double ratio = (double) frame.getWidth() / frameWidth(bytes, probe, frame);
        int width = (int) Math.ceil(probe.storedWidth() * ratio);
        int height = (int) Math.ceil(probe.storedHeight() * ratio);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        g.drawImage(frame, (int) Math.round(offset[0] * ratio), (int) Math.round(offset[1] * ratio), null);
        g.dispose();
        return canvas;
    }

    private static int frameWidth(byte[] bytes, Probe probe, BufferedImage frame) {
        int[] size = AnimationFrames.firstFrameSize(bytes, probe.format());
        return size == null ? frame.getWidth() : size[0];
    }

    /** A 16-px-wide JPEG (PNG with alpha) as a data URI, and the mean colour, from an already decoded image. */
    static Placeholder placeholder(BufferedImage image) {
        BufferedImage tiny = Pixels.resize(image, Math.min(PLACEHOLDER_WIDTH, image.getWidth()));
        long r = 0;
        long g = 0;
        long b = 0;
        long weight = 0;
        boolean alpha = tiny.getColorModel().hasAlpha();
        for (int y = 0; y < tiny.getHeight(); y++) {
            for (int x = 0; x < tiny.getWidth(); x++) {
                int argb = tiny.getRGB(x, y);
                int a = alpha ? argb >>> 24 : 255;
                r += (long) ((argb >> 16) & 0xFF) * a;
                g += (long) ((argb >> 8) & 0xFF) * a;
                b += (long) (argb & 0xFF) * a;
                weight += a;
            }
        }
        String color = weight == 0 ? "#000000"
                : String.format("#%02x%02x%02x", r / weight, g / weight, b / weight);
        ImageFormat format = alpha ? ImageFormat.PNG : ImageFormat.JPEG;
        byte[] encoded = encode(tiny, format, 0.6f);
        return new Placeholder(color, "data:" + format.mimeType() + ";base64,"
                + Base64.getEncoder().encodeToString(encoded), Pixels.hasTransparency(image));
    }

    /** Encodes without any metadata; {@code quality} is for JPEG and WebP (lossy), from 0 to 1. */
    static byte[] encode(BufferedImage image, ImageFormat format, float quality) {
        BufferedImage source = format == ImageFormat.JPEG && image.getColorModel().hasAlpha()
                ? flatten(image) : image;
        ImageWriter writer = writer(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG || format == ImageFormat.WEBP) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (format == ImageFormat.WEBP) {
                    param.setCompressionType("Lossy");
                }
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(source, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Encoding " + format + " failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage flatten(BufferedImage image) {
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return target;
    }

    /** Whether WebP can be written here: the bundled libwebp loads on this platform. */
    static boolean canEncodeWebp() {
        try {
            encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), ImageFormat.WEBP, 0.8f);
            return true;
        } catch (RuntimeException | LinkageError e) {
            Log.warnf("WebP encoding is unavailable (%s); variants are served as JPEG and PNG only", e.toString());
            return false;
        }
    }

    /** TwelveMonkeys' readers first: CMYK/YCCK and ICC for JPEG, animation and alpha for WebP. */
    private static ImageReader reader(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mimeType());
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.twelvemonkeys")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return chosen;
    }

    private static ImageWriter writer(ImageFormat format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(format.mimeType());
        if (!writers.hasNext()) {
            throw new IllegalStateException("No ImageIO writer for " + format);
        }
        return writers.next();
    }
}
