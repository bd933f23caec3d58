package dev.inkstone.post;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to 100 posts to create or replace by slug in one request (POST /api/v1/posts/batch). */
@Schema(name = "PostBatchInput")
public record PostBatchInput(
        @Schema(description = "Each post must carry its slug: the batch upserts by slug, like PUT "
                + "/api/v1/posts/slug/{slug}.", minItems = 1, maxItems = PostBatches.MAX)
        @NotNull @Size(min = 1, max = PostBatches.MAX) List<@NotNull @Valid PostInput> posts) {
}
