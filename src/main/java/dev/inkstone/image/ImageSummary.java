package dev.inkstone.image;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The image as a post embeds it: enough to render a responsive {@code <picture>} without another request. */
// Always present, so typed clients need no checks and can send a summary back as a reference.
@Schema(name = "ImageSummary", requiredProperties = { "id", "url", "width", "height", "variants" })
public record ImageSummary(
        @Schema(examples = "12") long id,
        @Schema(examples = "/media/3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978/original.jpg")
        String url,
        @Schema(examples = "4032") int width,
        @Schema(examples = "3024") int height,
        @Schema(nullable = true, examples = "雷峰塔与西湖的日落") String alt,
        @Schema(nullable = true) ImageView.FocalPoint focalPoint,
        ImageView.Placeholder placeholder,
        List<ImageView.Variant> variants) {

    static ImageSummary of(ImageView view) {
        return new ImageSummary(view.id(), view.url(), view.width(), view.height(), view.alt(), view.focalPoint(),
                view.placeholder(), view.variants());
    }
}
