package dev.inkstone.image;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.validation.CleanText;

/** What PATCH /api/v1/images/{id} edits; the bytes and what is derived from them are fixed at upload. */
@Schema(name = "ImageInput")
public record ImageInput(
        @Size(max = 1000) @CleanText @Schema(nullable = true, examples = "雷峰塔与西湖的日落") String alt,
        @Size(max = 2000) @CleanText(multiline = true) @Schema(nullable = true, examples = "杭州，2025 年秋")
        String caption,
        @Valid @Schema(nullable = true) Focal focalPoint) {

    /** A focal point on input: both coordinates, each from 0 to 1. */
    @Schema(name = "FocalPointInput")
    public record Focal(
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(examples = "0.5") Double x,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(examples = "0.33") Double y) {
    }
}
