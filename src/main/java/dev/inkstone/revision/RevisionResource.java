package dev.inkstone.revision;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;
import dev.inkstone.post.PostView;

/** A post's history over HTTP: list, read, compare and restore revisions. */
@Path("/api/v1/posts/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions", description = "Each write that changes a post's title, slug, status, markdown, excerpt, "
        + "author, tags, categories or featured image keeps a revision; restore one as a new write")
public class RevisionResource {

    private final RevisionService revisions;
    private final Preconditions preconditions;

    RevisionResource(RevisionService revisions, Preconditions preconditions) {
        this.revisions = revisions;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "List a post's revisions", description = "Newest first; who wrote (the token's name or "
            + "\"import <job id>\"), when, and which fields changed. At most inkstone.revisions.keep per post.")
    @APIResponse(responseCode = "200", description = "A page of revisions", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = RevisionPage.class), examples = {
                    @ExampleObject(name = "chinese", value = RevisionExamples.PAGE),
                    @ExampleObject(name = "english", value = RevisionExamples.PAGE_EN) }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("reader")
    public RestResponse<Page<RevisionSummary>> listRevisions(@PathParam("id") long id,
            @BeanParam PageParameters paging, @Context UriInfo uri) {
        return PagedResponse.of(revisions.list(id, paging.toRequest()), uri);
    }

    @GET
    @Path("/{revisionId}")
    @Operation(summary = "Get a revision", description = "The post as that write left it.")
    @APIResponse(responseCode = "200", description = "The revision with its snapshot",
            content = @Content(schema = @Schema(implementation = RevisionView.class), examples = {
                    @ExampleObject(name = "chinese", value = RevisionExamples.REVISION),
                    @ExampleObject(name = "english", value = RevisionExamples.REVISION_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("reader")
    public RevisionView getRevision(@PathParam("id") long id, @PathParam("revisionId") long revisionId) {
        return revisions.get(id, revisionId);
    }

    @GET
    @Path("/{revisionId}/diff")
    @Operation(summary = "Compare a revision", description = "Field by field with the current post or another "
            + "revision of the same post, and the markdown as a unified line diff.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(schema = @Schema(implementation = RevisionDiff.class), examples = {
                    @ExampleObject(name = "chinese", value = RevisionExamples.DIFF),
                    @ExampleObject(name = "english", value = RevisionExamples.DIFF_EN) }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("reader")
    public RevisionDiff diffRevision(@PathParam("id") long id, @PathParam("revisionId") long revisionId,
            @Parameter(description = "current (the default) or the id of another revision of this post",
                    example = "current") @QueryParam("against") String against) {
        return revisions.diff(id, revisionId, against);
    }

    @POST
    @Path("/{revisionId}/restore")
    @Operation(summary = "Restore a revision", description = "Writes the revision's snapshot as the post's new "
            + "version (itself a new revision). Honours If-Match with the post's ETag. Tags, categories or an image "
            + "the snapshot names that no longer exist are a 422 naming each, unless skipMissing=true leaves them "
            + "out. sourceUrl is not part of the history and stays as it is.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The post's ETag as last read: 412 when "
            + "the post changed since", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The post as restored",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @RolesAllowed("editor")
    public PostView restoreRevision(@PathParam("id") long id, @PathParam("revisionId") long revisionId,
            @Parameter(description = "Restore what still exists, leaving out missing tags, categories and image",
                    schema = @Schema(defaultValue = "false")) @QueryParam("skipMissing") String skipMissing) {
        return revisions.restore(id, revisionId, flag(skipMissing), preconditions.fromRequest());
    }

    private static boolean flag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badParameter("skipMissing", "skipMissing must be true or false");
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "RevisionPage")
    record RevisionPage(List<RevisionSummary> items, Page.PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
