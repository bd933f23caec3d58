package dev.inkstone.preview;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live preview link as listed: everything but the token. */
@Schema(name = "Preview")
public record PreviewView(
        @Schema(examples = "4") long id,
        @Schema(examples = "42") long postId,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt,
        @Schema(examples = "2026-01-14T04:39:17Z") Instant expiresAt,
        @Schema(description = "The name of the token that made it", examples = "editor-laofan") String createdBy) {

    static PreviewView of(PostPreview preview) {
        return new PreviewView(preview.id, preview.postId, preview.createdAt, preview.expiresAt, preview.createdBy);
    }
}
