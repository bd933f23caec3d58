package dev.inkstone.site;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.image.ImageSummary;

/** The site settings as the API returns them, with images and navigation references resolved. */
@Schema(name = "Site", requiredProperties = { "title", "locale", "timezone", "navigation", "secondaryNavigation",
        "updatedAt", "version" })
public record SiteView(
        @Schema(examples = "老范的博客") String title,
        @Schema(nullable = true, examples = "写代码，也写生活") String description,
        @Schema(nullable = true, examples = "https://blog.example.cn") String url,
        @Schema(description = "BCP 47 language tag", examples = "zh-CN") String locale,
        @Schema(description = "IANA time zone id", examples = "Asia/Shanghai") String timezone,
        @Schema(nullable = true, description = "null when unset or the image was deleted") ImageSummary logo,
        @Schema(nullable = true, description = "null when unset or the image was deleted") ImageSummary icon,
        @Schema(description = "In display order; references to content the caller may not see are left out")
        List<NavigationItem> navigation,
        @Schema(description = "In display order; references to content the caller may not see are left out")
        List<NavigationItem> secondaryNavigation,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant updatedAt,
        @Schema(description = "Increases on every change", examples = "3") long version) {
}
