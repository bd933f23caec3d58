package dev.inkstone.preview;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.http.Created;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;

/** A post's preview links over HTTP, made, listed and revoked by editors; reading one: {@link PreviewReadResource}. */
@Path("/api/v1/posts/{id}/previews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Previews", description = "Shareable links that show a post as it is now, drafts included, to someone "
        + "without API credentials")
public class PreviewResource {

    private final PreviewService previews;
    private final SecurityIdentity identity;

    PreviewResource(PreviewService previews, SecurityIdentity identity) {
        this.previews = previews;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a preview link", description = "The token is shown in this answer only; whoever "
            + "holds it reads the post until expiresAt. expiresIn is an ISO-8601 duration up to P30D.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "hour", value = PreviewExamples.INPUT),
            @ExampleObject(name = "week", value = PreviewExamples.INPUT_WEEK) }))
    @APIResponse(responseCode = "201", description = "Created; Location names the link",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = PreviewCreated.class), examples = {
                    @ExampleObject(name = "chinese", value = PreviewExamples.CREATED),
                    @ExampleObject(name = "english", value = PreviewExamples.CREATED_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @RolesAllowed("editor")
    public RestResponse<PreviewCreated> createPreview(@PathParam("id") long id, @Valid @NotNull PreviewInput input,
            @Context UriInfo uri) {
        PreviewCreated created = previews.create(id, input, identity.getPrincipal().getName());
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @GET
    @Operation(summary = "List a post's preview links", description = "Live links, newest first, without tokens.")
    @APIResponse(responseCode = "200", description = "A page of preview links", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = PreviewPage.class), examples = {
                    @ExampleObject(name = "chinese", value = PreviewExamples.PAGE),
                    @ExampleObject(name = "english", value = PreviewExamples.PAGE_EN) }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("editor")
    public RestResponse<Page<PreviewView>> listPreviews(@PathParam("id") long id, @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        return PagedResponse.of(previews.list(id, paging.toRequest()), uri);
    }

    @DELETE
    @Path("/{previewId}")
    @Operation(summary = "Revoke a preview link", description = "Its token is a 404 from now on.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("editor")
    public void revokePreview(@PathParam("id") long id, @PathParam("previewId") long previewId) {
        previews.revoke(id, previewId);
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "PreviewPage")
    record PreviewPage(List<PreviewView> items, Page.PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
