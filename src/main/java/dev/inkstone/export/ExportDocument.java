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
        List<ExportedImage> images,
        List<ExportedPost> posts,
        @Schema(description = "Standalone pages by id; absent from exports made before pages existed")
        List<ExportedPage> pages) {

    /** A category; parentId refers to the id of another exported category. */
    @Schema(name = "ExportedCategory")
    record ExportedCategory(long id, String slug, String name, @Schema(nullable = true) String description,
            @Schema(nullable = true) Long parentId) {
    }

    /** A tag. */
    @Schema(name = "ExportedTag")
    record ExportedTag(String slug, String name, @Schema(nullable = true) String description) {
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

    /** A page with its markdown; parentId refers to the id of another exported page. */
    @Schema(name = "ExportedPage")
    record ExportedPage(long id, @Schema(examples = "about") String slug, @Schema(examples = "关于") String title,
            @Schema(enumeration = { "draft", "scheduled", "published" }) String status,
            @Schema(nullable = true) String publishedAt, String markdown, @Schema(nullable = true) String excerpt,
            @Schema(nullable = true) Long parentId, int menuOrder,
            @Schema(nullable = true, description = "sha256 of an exported image") String featuredImage) {
    }

    /** A post with its markdown; tags and categories by slug, the featured image by its sha256. */
    @Schema(name = "ExportedPost")
    record ExportedPost(String slug, String title,
            @Schema(enumeration = { "draft", "scheduled", "published" }) String status,
            @Schema(nullable = true) String publishedAt, String markdown, @Schema(nullable = true) String excerpt,
            List<String> tags, List<String> categories, @Schema(nullable = true) String sourceUrl,
            @Schema(nullable = true) String author,
            @Schema(nullable = true, description = "sha256 of an exported image") String featuredImage) {
    }
}
