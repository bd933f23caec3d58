package dev.inkstone.image;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.inkstone.common.validation.CleanText;

/** What PATCH /api/v1/images/{id} edits; the bytes and what is derived from them are fixed at upload. */
@Schema(name = "ImageInput")
// A client can send back the image it read as a patch: what the bytes fix is ignored, version is checked like If-Match.
@JsonIgnoreProperties({ "id", "url", "width", "height", "mimeType", "filename", "byteSize", "sha256", "animated",
        "placeholder", "variants", "createdAt", "updatedAt" })
public record ImageInput(
        @Size(max = 1000) @CleanText @Schema(nullable = true, examples = "雷峰塔与西湖的日落") String alt,
        @Size(max = 2000) @CleanText(multiline = true) @Schema(nullable = true, examples = "杭州，2025 年秋")
        String caption,
        @Valid @Schema(nullable = true) Focal focalPoint,
        @Schema(nullable = true, description = "The version the client read (a GET shows it). When present it must "
                + "be the current one, or the write is refused with 412 and nothing changes, as with If-Match; "
                + "ignored when the write creates", examples = "3") Long version) {

    /** An image's editable fields without a version: a write that checks none. */
    public ImageInput(String alt, String caption, Focal focalPoint) {
        this(alt, caption, focalPoint, null);
    }

    /** A focal point on input: both coordinates, each from 0 to 1. */
    @Schema(name = "FocalPointInput")
    public record Focal(
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(examples = "0.5") Double x,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(examples = "0.33") Double y) {
    }
}
