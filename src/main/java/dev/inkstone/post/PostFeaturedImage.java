package dev.inkstone.post;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.image.ImageSummary;
import dev.inkstone.image.ImageView;

/**
 * A post's featured image: a stored image with the fields of its {@link ImageSummary}, or an external one (a clipped
 * page's first picture whose file did not come with the import) that has only its address: id, width, height and
 * placeholder null, no variants. Clients that render a stored image keep working; they check the id for the rest.
 */
@Schema(name = "PostFeaturedImage", requiredProperties = { "id", "url", "width", "height", "variants" },
        description = "A stored image (the fields of ImageSummary), or an external image with only its url: then "
                + "id, width, height and placeholder are null and variants is empty")
public record PostFeaturedImage(
        @Schema(nullable = true, description = "Null for an external image (not in the media library); a write "
                + "keeps it by sending its url as featuredImageUrl", examples = "12") Long id,
        @Schema(examples = "https://pictures.lukefan.com/china-ai-innovation-challenges-us-competition-future/blog_1.jpeg")
        String url,
        @Schema(nullable = true, examples = "4032") Integer width,
        @Schema(nullable = true, examples = "3024") Integer height,
        @Schema(nullable = true, examples = "雷峰塔与西湖的日落") String alt,
        @Schema(nullable = true) ImageView.FocalPoint focalPoint,
        @Schema(nullable = true) ImageView.Placeholder placeholder,
        List<ImageView.Variant> variants) {

    static PostFeaturedImage of(ImageSummary image) {
        return new PostFeaturedImage(image.id(), image.url(), image.width(), image.height(), image.alt(),
                image.focalPoint(), image.placeholder(), image.variants());
    }

    static PostFeaturedImage external(String url) {
        return new PostFeaturedImage(null, url, null, null, null, null, null, List.of());
    }
}
