package dev.inkstone.site;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.validation.CleanText;

/**
 * The site settings as written. PATCH merges a patch onto the current settings in this form and validates the result
 * as a whole; what bean validation cannot say (URL forms, locale and time zone ids, one target per navigation item,
 * images that exist) {@link SiteService} checks, naming the field.
 */
@Schema(name = "SiteInput")
public record SiteInput(
        @NotNull @Size(max = 200) @CleanText @Schema(examples = "老范的博客") String title,
        @Size(max = 2000) @CleanText(multiline = true) @Schema(nullable = true, examples = "写代码，也写生活")
        String description,
        @Size(max = 2000) @Schema(nullable = true, description = "Absolute http(s) URL of the public site",
                examples = "https://blog.example.cn") String url,
        @NotBlank @Size(max = 35) @Schema(description = "BCP 47 language tag", examples = "zh-CN") String locale,
        @NotBlank @Size(max = 64) @Schema(description = "IANA time zone id", examples = "Asia/Shanghai")
        String timezone,
        @Schema(nullable = true, description = "Id of an uploaded image", examples = "12") Long logoImageId,
        @Schema(nullable = true, description = "Id of an uploaded image", examples = "13") Long iconImageId,
        @Size(max = 100) @Schema(nullable = true, description = "In display order; null or absent means none")
        List<@Valid @NotNull NavigationItemInput> navigation,
        @Size(max = 100) @Schema(nullable = true, description = "In display order; null or absent means none")
        List<@Valid @NotNull NavigationItemInput> secondaryNavigation) {
}
