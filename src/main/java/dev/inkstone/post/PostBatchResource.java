package dev.inkstone.post;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many posts written by slug in one request. */
@Path("/api/v1/posts/batch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class PostBatchResource {

    private final PostBatches batches;

    PostBatchResource(PostBatches batches) {
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace up to 100 posts by slug", description = "Each post is written as PUT "
            + "/api/v1/posts/slug/{slug} would write it (its slug is required), all in one transaction, so a bulk "
            + "load pays one commit per hundred posts instead of one per post. A post that cannot be written (an "
            + "unknown category, a featured image that does not exist, a stale version) gets its own problem details "
            + "in results and the others are still written; the answer is 200 whatever each post's outcome. A body "
            + "that breaks the rules (more than 100 posts, an invalid field) is a 422 naming posts[i].field, and "
            + "nothing is written.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "chinese", value = PostBatchExamples.INPUT),
            @ExampleObject(name = "english", value = PostBatchExamples.INPUT_EN) }))
    @APIResponse(responseCode = "200", description = "One result per post, in request order",
            content = @Content(schema = @Schema(implementation = PostBatchView.class), examples = {
                    @ExampleObject(name = "chinese", value = PostBatchExamples.RESULT),
                    @ExampleObject(name = "english", value = PostBatchExamples.RESULT_EN) }))
    @RolesAllowed("editor")
    public PostBatchView writePosts(@Valid @NotNull PostBatchInput input) {
        return batches.upsert(input.posts());
    }
}
