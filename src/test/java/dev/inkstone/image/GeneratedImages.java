package dev.inkstone.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Test images drawn here with ImageIO, so that no test needs a photo from outside the repository: deterministic
 * pictures (seeded noise over shapes, so encoders have real work), in every format uploads accept, with alpha, with
 * animation, and JPEGs carrying an EXIF orientation and a GPS position that stripping must remove.
 */
public final class GeneratedImages {

    /** A 480 × 369 JPEG photo. */
    public static final String LANDSCAPE_JPEG = "landscape.jpg";
    /** A 1280 × 960 JPEG photo: wide enough for three variant widths (320, 640, 960). */
    public static final String PHOTO_JPEG = "photo.jpg";
    /** A 640 × 480 PNG with transparent areas. */
    public static final String TRANSPARENT_PNG = "transparent.png";
    /** A 300 × 300 WebP with transparent areas. */
    public static final String TRANSPARENT_WEBP = "transparent.webp";
    /** A 1024 × 772 opaque WebP. */
    public static final String PHOTO_WEBP = "photo.webp";
    /** An 80 × 80 GIF of four frames. */
    public static final String ANIMATED_GIF = "animated.gif";
    /** An 1800 × 1200 JPEG stored sideways with EXIF orientation 6 (1200 × 1800 upright) and a GPS position. */
    public static final String PORTRAIT_EXIF_JPEG = "portrait-6-gps.jpg";

    private GeneratedImages() {
    }

    /** One of the named images above. */
    public static byte[] named(String name) {
        return CACHE.computeIfAbsent(name, GeneratedImages::draw).clone();
    }

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private static byte[] draw(String name) {
        return switch (name) {
            case LANDSCAPE_JPEG -> jpeg(picture(480, 369, false, 1));
            case PHOTO_JPEG -> jpeg(picture(1280, 960, false, 2));
            case TRANSPARENT_PNG -> png(picture(640, 480, true, 3));
            case TRANSPARENT_WEBP -> ImageCodec.encode(picture(300, 300, true, 4), ImageFormat.WEBP, 0.8f);
            case PHOTO_WEBP -> ImageCodec.encode(picture(1024, 772, false, 5), ImageFormat.WEBP, 0.8f);
            case ANIMATED_GIF -> animatedGif(80, 80, 4);
            case PORTRAIT_EXIF_JPEG -> withExif(jpeg(picture(1800, 1200, false, 6)), 6, true);
            default -> throw new IllegalArgumentException("No generated image named " + name);
        };
    }

    /** Seeded noise over a gradient, a circle, a bar and a letter; transparent corners and border when asked. */
    public static BufferedImage picture(int width, int height, boolean alpha, long seed) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 40 + 150 * x / width + random.nextInt(24);
                int g = 90 + 100 * y / height + random.nextInt(24);
                int b = 160 - 100 * x / width + random.nextInt(24);
                int a = alpha && (x < width / 8 || y < height / 8) ? 0 : 0xFF;
                image.setRGB(x, y, a << 24 | r << 16 | g << 8 | b);
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(230, 200, 60));
        g.fillOval(width / 2, height / 5, width / 4, width / 4);
        g.setColor(new Color(30, 30, 40));
        g.setStroke(new BasicStroke(Math.max(2, width / 60f)));
        g.drawLine(width / 8, height * 3 / 4, width * 7 / 8, height * 2 / 3);
        g.dispose();
        drawF(image, width / 5, height / 4, height / 2);
        return image;
    }

    /** An upright, asymmetric "F": any wrong turn or flip of the picture moves most of its dark pixels. */
    static void drawF(BufferedImage image, int left, int top, int size) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        int stroke = Math.max(2, size / 6);
        g.fillRect(left, top, stroke, size);
        g.fillRect(left, top, size * 2 / 3, stroke);
        g.fillRect(left, top + size * 2 / 5, size / 2, stroke);
        g.dispose();
    }

    public static byte[] jpeg(BufferedImage image) {
        return ImageCodec.encode(image, ImageFormat.JPEG, 0.9f);
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Frames with a square turning around the centre, 10/100 s each, looping. */
    public static byte[] animatedGif(int width, int height, int frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setColor(new Color(200, 40, 40));
                g.rotate(Math.PI / 2 / frames * i, width / 2.0, height / 2.0);
                g.fillRect(width / 4, height / 4, width / 2, height / 2);
                g.dispose();
                ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
                IIOMetadata metadata = writer.getDefaultImageMetadata(type, null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "10");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                if (i == 0) {
                    IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
                    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                    loop.setAttribute("applicationID", "NETSCAPE");
                    loop.setAttribute("authenticationCode", "2.0");
                    loop.setUserObject(new byte[] { 1, 0, 0 });
                    extensions.appendChild(loop);
                    root.appendChild(extensions);
                }
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The JPEG with an EXIF APP1 segment right after SOI: IFD0 with the orientation and, when asked, a GPS IFD with a
     * latitude (what a phone writes and what must never leave the server).
     */
    public static byte[] withExif(byte[] jpeg, int orientation, boolean gps) {
        ByteBuffer tiff = ByteBuffer.allocate(128);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int ifd0Entries = gps ? 2 : 1;
        int gpsOffset = 8 + 2 + ifd0Entries * 12 + 4;
        tiff.putShort((short) ifd0Entries);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        if (gps) {
            tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsOffset);
        }
        tiff.putInt(0);
        if (gps) {
            int dataOffset = gpsOffset + 2 + 3 * 12 + 4;
            tiff.putShort((short) 3);
            tiff.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[] { 2, 3, 0, 0 });
            tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
            tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(dataOffset);
            tiff.putInt(0);
            tiff.putInt(30).putInt(1).putInt(15).putInt(1).putInt(0).putInt(1);
        }
        int tiffLength = tiff.position();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int segmentLength = 2 + 6 + tiffLength;
        out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (segmentLength >> 8), (byte) segmentLength });
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(tiff.array(), 0, tiffLength);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * The upright picture stored as a camera would store it for the given EXIF orientation (1-8): turned or flipped
     * so that applying the orientation shows the original.
     */
    public static BufferedImage storedFor(BufferedImage upright, int orientation) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swap = orientation >= 5;
        int sw = swap ? h : w;
        int sh = swap ? w : h;
        BufferedImage stored = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        for (int dy = 0; dy < h; dy++) {
            for (int dx = 0; dx < w; dx++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - dx; sy = dy; }
                    case 3 -> { sx = w - 1 - dx; sy = h - 1 - dy; }
                    case 4 -> { sx = dx; sy = h - 1 - dy; }
                    case 5 -> { sx = dy; sy = dx; }
                    case 6 -> { sx = dy; sy = sh - 1 - dx; }
                    case 7 -> { sx = sw - 1 - dy; sy = sh - 1 - dx; }
                    case 8 -> { sx = sw - 1 - dy; sy = dx; }
                    default -> { sx = dx; sy = dy; }
                }
                stored.setRGB(sx, sy, upright.getRGB(dx, dy));
            }
        }
        return stored;
    }
}
