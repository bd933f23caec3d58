package dev.inkstone.image;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image as the API returns it: metadata, the placeholder, and the URLs of every rendition. */
@Schema(name = "Image")
public record ImageView(
        @Schema(examples = "12") long id,
        @Schema(description = "Full size, in the uploaded format (animation kept), metadata stripped",
                examples = "/media/3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978/original.jpg")
        String url,
        @Schema(description = "As displayed: EXIF orientation applied", examples = "4032") int width,
        @Schema(examples = "3024") int height,
        @Schema(enumeration = { "image/jpeg", "image/png", "image/gif", "image/webp" }, examples = "image/jpeg")
        String mimeType,
        @Schema(examples = "西湖.jpg") String filename,
        @Schema(description = "Size of the upload", examples = "2913134") long byteSize,
        @Schema(description = "Hex SHA-256 of the uploaded bytes",
                examples = "3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978") String sha256,
        @Schema(nullable = true, examples = "雷峰塔与西湖的日落") String alt,
        @Schema(nullable = true, examples = "杭州，2025 年秋") String caption,
        @Schema(nullable = true) FocalPoint focalPoint,
        @Schema(description = "GIF or WebP with more than one frame; variants show the first frame")
        boolean animated,
        Placeholder placeholder,
        @Schema(description = "Resized renditions, narrowest first, for srcset") List<Variant> variants,
        @Schema(examples = "2026-01-13T08:00:00Z") Instant createdAt,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        @Schema(description = "Increases on every change", examples = "1") long version) {

    /** Where the eye should stay when a frontend crops: fractions of width and height from the top left. */
    @Schema(name = "FocalPoint")
    public record FocalPoint(@Schema(minimum = "0", maximum = "1", examples = "0.5") double x,
            @Schema(minimum = "0", maximum = "1", examples = "0.33") double y) {
    }

    /** What a page shows while the image loads. */
    @Schema(name = "ImagePlaceholder")
    public record Placeholder(
            @Schema(description = "Mean colour", examples = "#8a7f6e") String color,
            @Schema(description = "A 16-px-wide JPEG (PNG when transparent) to blur up from",
                    examples = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAgAAAQABAAD…") String lqip) {
    }

    /** One width, in the fallback format (JPEG, or PNG for PNG, GIF and transparent images) and in WebP. */
    @Schema(name = "ImageVariant")
    public record Variant(
            @Schema(examples = "640") int width,
            @Schema(examples = "480") int height,
            @Schema(examples = "/media/3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978/w640.jpg")
            String url,
            @Schema(nullable = true, description = "Null when this server cannot encode WebP",
                    examples = "/media/3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978/w640.webp")
            String webpUrl) {
    }
}
