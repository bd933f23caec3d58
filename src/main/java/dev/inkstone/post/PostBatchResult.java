package dev.inkstone.post;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.common.error.Problem;

/**
 * What became of one post of a batch: 201 created, 200 replaced or unchanged (with the post's id and version), or the
 * status and problem details the same PUT would have answered.
 */
@Schema(name = "PostBatchResult")
public record PostBatchResult(
        @Schema(description = "The post's position in the request, from 0") int index,
        @Schema(nullable = true, description = "The slug the post was sent with") String slug,
        @Schema(description = "201, 200, or the error status of this post alone") int status,
        @Schema(nullable = true, description = "The post's id when written") Long id,
        @Schema(nullable = true, description = "The post's version when written") Long version,
        @Schema(nullable = true, description = "Why this post was not written (RFC 9457)") Problem problem) {

    static PostBatchResult of(int index, PostService.Upserted upserted) {
        PostView post = upserted.post();
        return new PostBatchResult(index, post.slug(), upserted.created() ? 201 : 200, post.id(), post.version(),
                null);
    }

    static PostBatchResult failed(int index, String slug, Problem problem) {
        return new PostBatchResult(index, slug, problem.status(), null, null, problem);
    }
}
