package dev.inkstone.tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.http.Created;
import dev.inkstone.common.http.MediaTypes;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.json.MergePatcher;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;

/** Tags over HTTP. */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class TagResource {

    private final TagService tags;
    private final SecurityIdentity identity;
    private final MergePatcher patcher;
    private final Preconditions preconditions;

    TagResource(TagService tags, SecurityIdentity identity, MergePatcher patcher, Preconditions preconditions) {
        this.tags = tags;
        this.identity = identity;
        this.patcher = patcher;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "List tags", description = "Sorted by name, then id. Anonymous callers see only tags that "
            + "a published post carries; with a token every tag.")
    @APIResponse(responseCode = "200", description = "A page of tags", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = TagPage.class)))
    public RestResponse<Page<TagView>> listTags(@BeanParam PageParameters paging,
            @Parameter(description = "Sort field, '-' for descending; ties are broken by id",
                    schema = @Schema(enumeration = { "name", "-name", "id", "-id", "postCount", "-postCount" },
                            defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        return PagedResponse.of(tags.list(paging.toRequest(), sort, !identity.hasRole("reader")), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a tag by id")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = TagView.class), examples = {
                    @ExampleObject(name = "chinese", value = TagExamples.TAG),
                    @ExampleObject(name = "english", value = TagExamples.TAG_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TagView getTag(@PathParam("id") long id) {
        return tags.get(id, !identity.hasRole("reader"));
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(summary = "Get a tag by slug", description = "Chinese slugs are sent percent-encoded in the path.")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = TagView.class), examples = {
                    @ExampleObject(name = "chinese", value = TagExamples.TAG),
                    @ExampleObject(name = "english", value = TagExamples.TAG_EN) }))
    @APIResponse(responseCode = "301", ref = "SlugMoved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TagView getTagBySlug(@Parameter(example = "机器学习") @PathParam("slug") String slug) {
        return tags.getBySlug(slug, !identity.hasRole("reader"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tag", description = "The slug is derived from the name when absent.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = TagExamples.INPUT),
            @ExampleObject(name = "english", value = TagExamples.INPUT_EN) }))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public RestResponse<TagView> createTag(@Valid @NotNull TagInput input, @Context UriInfo uri) {
        TagView created = tags.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a tag")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = TagExamples.INPUT),
            @ExampleObject(name = "english", value = TagExamples.INPUT_EN) }))
    @APIResponse(responseCode = "200", description = "The tag as stored",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public TagView replaceTag(@PathParam("id") long id, @Valid @NotNull TagInput input) {
        return tags.replace(id, input, preconditions.fromRequest());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a tag", description = "An RFC 7396 merge patch; null removes a field.")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(ref = "TagPatch"),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"深度学习\"}")))
    @APIResponse(responseCode = "200", description = "The tag as stored",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public TagView patchTag(@PathParam("id") long id, byte[] patch) {
        var parsed = patcher.parse(patch);
        return tags.patch(id, current -> patcher.apply(current, parsed, TagInput.class),
                preconditions.fromRequest());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a tag", description = "Posts that carried the tag keep their other tags.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("editor")
    public void deleteTag(@PathParam("id") long id) {
        tags.delete(id, preconditions.fromRequest());
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "TagPage")
    record TagPage(java.util.List<TagView> items, Page.PageInfo page, 
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
