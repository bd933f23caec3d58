package dev.inkstone.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.validation.CleanText;

/** Body of POST /api/v1/categories and PUT /api/v1/categories/{id}. */
@Schema(name = "CategoryInput")
public record CategoryInput(
        @NotBlank @Size(max = 100) @CleanText @Schema(examples = "墙国的奇葩商业故事") String name,
        @Size(max = 120) @CleanText
        @Schema(examples = "墙国的奇葩商业故事", description = "Lower-case letters and digits of any script joined by "
                + "'-'; derived from the name when absent") String slug,
        @Size(max = 2000) @CleanText(multiline = true) @Schema(nullable = true) String description,
        @Positive @Schema(nullable = true, examples = "1", description = "The parent category; null for a root")
        Long parentId) {
}
