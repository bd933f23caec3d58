package dev.inkstone.preview;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new preview link: the only time its token is shown. */
@Schema(name = "PreviewCreated")
public record PreviewCreated(
        @Schema(examples = "4") long id,
        @Schema(examples = "42") long postId,
        @Schema(description = "Shown once; only its hash is stored",
                examples = "inkp_q8V7sYx3m0bQ0Vnq1Zb8sH3kT6fJ2wLr4dE9uCpA5yI")
        String token,
        @Schema(description = "The link to share (INKSTONE_PREVIEW_URL with the token in it)",
                examples = "/api/v1/previews/inkp_q8V7sYx3m0bQ0Vnq1Zb8sH3kT6fJ2wLr4dE9uCpA5yI") String url,
        @Schema(examples = "2026-01-14T04:39:17Z") Instant expiresAt) {
}
