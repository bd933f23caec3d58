package dev.inkstone.importer.job;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/imports/path: a file or folder below the server's allowed import folder. */
@Schema(name = "ImportPathInput")
public record ImportPathInput(
        @NotBlank @Size(max = 1000)
        @Schema(description = "Relative to inkstone.import.allowed-path", examples = "wordpress/blog.wordpress.xml")
        String path) {
}
