package dev.inkstone.preview;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/posts/{id}/previews. */
@Schema(name = "PreviewInput")
public record PreviewInput(
        @NotBlank @Schema(required = true, description = "How long the link works: an ISO-8601 duration, at most "
                + "P30D", examples = "PT1H") String expiresIn) {
}
