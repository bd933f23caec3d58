package dev.inkstone.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.validation.CleanText;

/** Body of POST /api/v1/tokens. */
@Schema(name = "TokenInput")
public record TokenInput(
        @NotBlank @Size(max = 100) @CleanText @Schema(examples = "wordpress-migration") String name,
        @NotNull @Schema(examples = "editor", enumeration = { "reader", "editor", "admin" }) Role role) {
}
