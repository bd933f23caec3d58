package dev.inkstone.image;

import java.util.Locale;

/** The raster formats the API accepts, recognised by their leading bytes rather than by what the client claims. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

    private final String mimeType;
    private final String extension;

    ImageFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The format whose signature the bytes start with, or null for anything else (SVG, HEIC, PDF, HTML...). */
    public static ImageFormat sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        return null;
    }

    /** The format a media type or a file name extension names; null when it names none of ours or nothing. */
    static ImageFormat declared(String mediaType, String filename) {
        if (mediaType != null) {
            String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            for (ImageFormat format : values()) {
                if (format.mimeType.equals(type) || (format == JPEG && type.equals("image/jpg"))) {
                    return format;
                }
            }
        }
        if (filename != null) {
            String name = filename.toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            for (ImageFormat format : values()) {
                if (format.extension.equals(extension) || (format == JPEG && extension.equals("jpeg"))) {
                    return format;
                }
            }
        }
        return null;
    }

    /** Whether the declared media type or extension names an image type at all (ours or another). */
    static boolean claimsImage(String mediaType, String filename) {
        if (mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("image/")) {
            return true;
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(jpe?g|png|gif|webp|svg|svgz|bmp|tiff?|heic|heif|avif|ico)$");
    }

    static ImageFormat ofExtension(String extension) {
        for (ImageFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
