package dev.inkstone.image;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The renditions an image has and their URLs, {@code /media/<sha256>/<file>}: {@code original.<ext>} (full size, as
 * uploaded less its metadata) and {@code w<width>.<ext>} (resized, fallback format or WebP). The path names the
 * bytes, so a URL's content never changes and may be cached for a year.
 */
@ApplicationScoped
public class MediaFiles {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Our own media URLs inside markdown, absolute or relative; group 1 is the digest. */
    public static final Pattern MEDIA_URL = Pattern.compile("/media/([0-9a-f]{64})/");

    private final String base;
    private final List<Integer> widths;
    private final boolean webp;

    MediaFiles(ImageConfig config) {
        this.base = config.publicUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
        this.widths = config.widths().stream().filter(w -> w > 0).sorted().distinct().toList();
        this.webp = ImageCodec.canEncodeWebp();
    }

    /** Variant widths for an image: the configured ones below its width, and its own when under the largest. */
    List<Integer> widths(int imageWidth) {
        List<Integer> result = new ArrayList<>(widths.stream().filter(w -> w < imageWidth).toList());
        if (widths.isEmpty() || imageWidth <= widths.get(widths.size() - 1)) {
            result.add(imageWidth);
        }
        return result;
    }

    /** JPEG for photos, PNG where JPEG would lose transparency or a palette image's sharp edges. */
    static ImageFormat fallback(Image image) {
        return switch (image.format()) {
            case JPEG -> ImageFormat.JPEG;
            case WEBP -> image.transparent ? ImageFormat.PNG : ImageFormat.JPEG;
            case PNG, GIF -> ImageFormat.PNG;
        };
    }

    static String original(Image image) {
        return "original." + image.format().extension();
    }

    static String variant(int width, ImageFormat format) {
        return "w" + width + "." + format.extension();
    }

    /** Every file name that exists, or can be made, for the image. */
    Set<String> files(Image image) {
        Set<String> files = new LinkedHashSet<>();
        files.add(original(image));
        for (int width : widths(image.width)) {
            files.add(variant(width, fallback(image)));
            if (webp) {
                files.add(variant(width, ImageFormat.WEBP));
            }
        }
        return files;
    }

    String url(String sha256, String file) {
        return base + "/media/" + sha256 + "/" + file;
    }

    ImageView view(Image image) {
        List<ImageView.Variant> variants = new ArrayList<>();
        for (int width : widths(image.width)) {
            int height = Math.max(1, (int) Math.round((double) image.height * width / image.width));
            variants.add(new ImageView.Variant(width, height, url(image.sha256, variant(width, fallback(image))),
                    webp ? url(image.sha256, variant(width, ImageFormat.WEBP)) : null));
        }
        ImageView.FocalPoint focal = image.focalX == null ? null
                : new ImageView.FocalPoint(image.focalX, image.focalY);
        return new ImageView(image.id, url(image.sha256, original(image)), image.width, image.height, image.mimeType,
                image.filename, image.byteSize, image.sha256, image.alt, image.caption, focal, image.animated,
                new ImageView.Placeholder(image.dominantColor, image.lqip), variants, image.createdAt,
                image.updatedAt, image.version);
    }
}
