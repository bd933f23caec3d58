package dev.inkstone.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.validation.CleanText;

/**
 * A navigation entry as written: a label and exactly one target, either a URL or a reference by id to a post, tag,
 * category or page (checked by {@link SiteService}, which names the item's index in the error).
 */
@Schema(name = "NavigationItemInput", requiredProperties = "label")
public record NavigationItemInput(
        @NotBlank @Size(max = 100) @CleanText @Schema(examples = "关于") String label,
        @Size(max = 2000) @Schema(nullable = true, description = "An absolute http(s) URL or a root-relative path",
                examples = "/about") String url,
        @Schema(nullable = true, examples = "42") Long postId,
        @Schema(nullable = true, examples = "7") Long tagId,
        @Schema(nullable = true, examples = "3") Long categoryId,
        @Schema(nullable = true, examples = "5") Long pageId) {

    /** An item that names no page (a URL, post, tag or category). */
    public NavigationItemInput(String label, String url, Long postId, Long tagId, Long categoryId) {
        this(label, url, postId, tagId, categoryId, null);
    }
}
