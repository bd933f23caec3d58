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
        @Schema(description = "Version of this format", examples = "3") int version,
        @Schema(examples = "2026-01-14T03:39:17Z") String exportedAt,
        @Schema(description = "Listed first (format version 3), so every image is known before content names it")
        List<ExportedImage> images,
        List<ExportedCategory> categories,
        List<ExportedTag> tags,
        @Schema(description = "Listed before the posts (format version 3), which name them by slug")
        List<ExportedAuthor> authors,
        List<ExportedPost> posts,
        @Schema(description = "Standalone pages by id; absent from exports made before pages existed")
        List<ExportedPage> pages,
        @Schema(description = "The site settings (format version 3)") ExportedSite site) {

    /** A category; parentId refers to the id of another exported category. */
    @Schema(name = "ExportedCategory")
    record ExportedCategory(long id, String slug, String name, @Schema(nullable = true) String description,
            @Schema(nullable = true) Long parentId, @Schema(nullable = true) ExportedSeo seo) {
    }

    /** SEO fields; null when none are set. */
    @Schema(name = "ExportedSeo")
    record ExportedSeo(@Schema(nullable = true, examples = "算力差距 | 老范说") String title,
            @Schema(nullable = true, examples = "A hundredfold compute gap") String description,
            @Schema(nullable = true, examples = "https://lukefan.com/china-ai/") String canonicalUrl,
            @Schema(nullable = true, description = "sha256 of an exported image") String ogImage,
            boolean noindex) {
    }

    /** The site settings; logo and icon by an exported image's sha256, navigation targets by slug. */
    @Schema(name = "ExportedSite")
    record ExportedSite(@Schema(examples = "老范的博客") String title,
            @Schema(nullable = true, examples = "写代码，也写生活") String description,
            @Schema(nullable = true, examples = "https://blog.example.cn") String url,
            @Schema(examples = "zh-CN") String locale, @Schema(examples = "Asia/Shanghai") String timezone,
            @Schema(nullable = true, description = "sha256 of an exported image") String logo,
            @Schema(nullable = true, description = "sha256 of an exported image") String icon,
            List<ExportedNavigationItem> navigation, List<ExportedNavigationItem> secondaryNavigation) {
    }

    /** A navigation entry: a label and a url, or the slug of a post, tag or category (exactly one). */
    @Schema(name = "ExportedNavigationItem")
    record ExportedNavigationItem(@Schema(examples = "关于") String label,
            @Schema(nullable = true, examples = "https://example.com/about") String url,
            @Schema(nullable = true, examples = "about-me") String post,
            @Schema(nullable = true, examples = "deepseek") String tag,
            @Schema(nullable = true, examples = "中国故事") String category) {
    }

    /** A tag. */
    @Schema(name = "ExportedTag")
    record ExportedTag(String slug, String name, @Schema(nullable = true) String description,
            @Schema(nullable = true) ExportedSeo seo) {
    }

    /** An author (a public byline); the avatar is the sha256 of an exported image. */
    @Schema(name = "ExportedAuthor")
    record ExportedAuthor(@Schema(examples = "老范") String slug, @Schema(examples = "老范") String name,
            @Schema(nullable = true) String bio, @Schema(nullable = true) String website,
            @Schema(nullable = true, description = "sha256 of an exported image") String avatar,
            @Schema(nullable = true) ExportedSeo seo) {
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

    /** A post with its markdown; tags, categories and authors by slug, the featured image by its sha256. */
    @Schema(name = "ExportedPost")
    record ExportedPost(String slug, String title,
            @Schema(enumeration = { "draft", "scheduled", "published" }) String status,
            @Schema(nullable = true) String publishedAt, String markdown, @Schema(nullable = true) String excerpt,
            List<String> tags, List<String> categories, @Schema(nullable = true) String sourceUrl,
            @Schema(description = "Slugs of exported authors, in byline order") List<String> authors,
            @Schema(nullable = true, description = "sha256 of an exported image") String featuredImage,
            @Schema(nullable = true) ExportedSeo seo) {
    }
}
