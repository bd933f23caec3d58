package dev.inkstone.export;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of GET /api/v1/export, for the OpenAPI document only: ExportWriter streams the same fields with a JSON
 * generator so an export of any size never sits in memory, which is why no code builds these records.
 */
@Schema(name = "Export")
record ExportDocument(
        @Schema(enumeration = "inkstone-export", examples = "inkstone-export") String format,
        @Schema(description = "Version of this format", examples = "2") int version,
        @Schema(examples = "2026-01-14T03:39:17Z") String exportedAt,
        List<ExportedCategory> categories,
        List<ExportedTag> tags,
        List<ExportedAuthor> authors,
        List<ExportedImage> images,
        List<ExportedPost> posts) {

    /** A category; parentId refers to the id of another exported category. */
    @Schema(name = "ExportedCategory")
    record ExportedCategory(long id, String slug, String name, @Schema(nullable = true) String description,
            @Schema(nullable = true) Long parentId) {
    }

    /** A tag. */
    @Schema(name = "ExportedTag")
    record ExportedTag(String slug, String name, @Schema(nullable = true) String description) {
    }

    /** An author (a public byline); the avatar is the sha256 of an exported image. */
    @Schema(name = "ExportedAuthor")
    record ExportedAuthor(@Schema(examples = "老范") String slug, @Schema(examples = "老范") String name,
            @Schema(nullable = true) String bio, @Schema(nullable = true) String website,
            @Schema(nullable = true, description = "sha256 of an exported image") String avatar) {
    }

    /** An image's metadata and the address of its original. */
    @Schema(name = "ExportedImage")
    record ExportedImage(long id, String sha256, @Schema(examples = "西湖.jpg") String filename, String mimeType,
            int width, int height, @Schema(nullable = true) String alt, @Schema(nullable = true) String caption,
            @Schema(nullable = true) Focal focalPoint,
            @Schema(examples = "/media/3f0c…/original.jpg") String url) {
    }

    /** A focal point as fractions of width and height. */
    @Schema(name = "ExportedFocalPoint")
    record Focal(double x, double y) {
    }

    /** A post with its markdown; tags, categories and authors by slug, the featured image by its sha256. */
    @Schema(name = "ExportedPost")
    record ExportedPost(String slug, String title,
            @Schema(enumeration = { "draft", "scheduled", "published" }) String status,
            @Schema(nullable = true) String publishedAt, String markdown, @Schema(nullable = true) String excerpt,
            List<String> tags, List<String> categories, @Schema(nullable = true) String sourceUrl,
            @Schema(description = "Slugs of exported authors, in byline order") List<String> authors,
            @Schema(nullable = true, description = "sha256 of an exported image") String featuredImage) {
    }
}
