package dev.inkstone.tag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.validation.CleanText;

/** Body of POST /api/v1/tags and PUT /api/v1/tags/{id}. */
@Schema(name = "TagInput")
public record TagInput(
        @NotBlank @Size(max = 100) @CleanText @Schema(examples = "机器学习") String name,
        @Size(max = 120) @CleanText
        @Schema(examples = "机器学习", description = "Lower-case letters and digits of any script joined by '-'; "
                + "derived from the name when absent") String slug,
        @Size(max = 2000) @CleanText(multiline = true) @Schema(examples = "关于机器学习的文章") String description) {
}
