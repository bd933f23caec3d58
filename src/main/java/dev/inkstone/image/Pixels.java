package dev.inkstone.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;

/** Operations on decoded pixels: scaling, colour space, layout, orientation, transparency. No decoding here. */
final class Pixels {

    private Pixels() {
    }

    /** Scales down to {@code width} (never up), halving in steps so that bilinear filtering keeps fine detail. */
    static BufferedImage resize(BufferedImage image, int width) {
        if (width >= image.getWidth()) {
            return image;
        }
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width * 2) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2),
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height,
                source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Whatever the decoder gave in another colour space (CMYK through its ICC profile, Adobe RGB) as sRGB. */
    static BufferedImage toSrgb(BufferedImage image) {
        if (image.getColorModel().getColorSpace().isCS_sRGB()) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, target);
        return target;
    }

    /** Packed 8-bit RGB or ARGB, the layout every writer takes. */
    static BufferedImage normalize(BufferedImage image) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = target.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return target;
    }

    /** Applies an EXIF orientation (TIFF 6.0 tag 274): 2-4 flip or turn half way, 5-8 also swap the axes. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return target;
    }

    /** Whether any pixel is not fully opaque (an RGBA PNG may well be opaque throughout). */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
