package dev.inkstone.author;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.http.Created;
import dev.inkstone.common.http.MediaTypes;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.json.MergePatcher;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;

/** Authors (public bylines) over HTTP. */
@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorResource {

    private final AuthorService authors;
    private final SecurityIdentity identity;
    private final MergePatcher patcher;
    private final Preconditions preconditions;

    AuthorResource(AuthorService authors, SecurityIdentity identity, MergePatcher patcher,
            Preconditions preconditions) {
        this.authors = authors;
        this.identity = identity;
        this.patcher = patcher;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "List authors", description = "Sorted by name, then id. Anonymous callers see only authors "
            + "of a published post; with a token every author.")
    @APIResponse(responseCode = "200", description = "A page of authors", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = AuthorPage.class)))
    public RestResponse<Page<AuthorView>> listAuthors(@BeanParam PageParameters paging,
            @Parameter(description = "Sort field, '-' for descending; ties are broken by id",
                    schema = @Schema(enumeration = { "name", "-name", "id", "-id", "postCount", "-postCount" },
                            defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        return PagedResponse.of(authors.list(paging.toRequest(), sort, !identity.hasRole("reader")), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an author by id")
    @APIResponse(responseCode = "200", description = "The author",
            content = @Content(schema = @Schema(implementation = AuthorView.class), examples = {
                    @ExampleObject(name = "chinese", value = AuthorExamples.AUTHOR),
                    @ExampleObject(name = "english", value = AuthorExamples.AUTHOR_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AuthorView getAuthor(@PathParam("id") long id) {
        return authors.get(id, !identity.hasRole("reader"));
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(summary = "Get an author by slug", description = "Chinese slugs are sent percent-encoded in the path.")
    @APIResponse(responseCode = "200", description = "The author",
            content = @Content(schema = @Schema(implementation = AuthorView.class), examples = {
                    @ExampleObject(name = "chinese", value = AuthorExamples.AUTHOR),
                    @ExampleObject(name = "english", value = AuthorExamples.AUTHOR_EN) }))
    @APIResponse(responseCode = "301", ref = "SlugMoved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AuthorView getAuthorBySlug(@Parameter(example = "老范") @PathParam("slug") String slug) {
        return authors.getBySlug(slug, !identity.hasRole("reader"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an author", description = "The slug is derived from the name when absent.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = AuthorExamples.INPUT),
            @ExampleObject(name = "english", value = AuthorExamples.INPUT_EN) }))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = AuthorView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public RestResponse<AuthorView> createAuthor(@Valid @NotNull AuthorInput input, @Context UriInfo uri) {
        AuthorView created = authors.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of an author",
            description = "An RFC 7396 merge patch; null removes a field.")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(ref = "AuthorPatch"), examples = {
                    @ExampleObject(name = "chinese", value = "{\"bio\": \"播客《老范讲故事》的主播。\", "
                            + "\"seo\": {\"title\": \"老范讲故事\"}}"),
                    @ExampleObject(name = "english", value = "{\"website\": \"https://jane.example/\"}") }))
    @APIResponse(responseCode = "200", description = "The author as stored",
            content = @Content(schema = @Schema(implementation = AuthorView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public AuthorView patchAuthor(@PathParam("id") long id, byte[] patch) {
        var parsed = patcher.parse(patch);
        return authors.patch(id, current -> patcher.apply(current, parsed, AuthorInput.class),
                preconditions.fromRequest());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an author", description = "An author that posts carry is refused with 409 naming "
            + "the first 20 of them, unless reassignTo names the author who takes them over.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Posts carry the author; problem+json naming them",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "in-use", value = AuthorExamples.IN_USE)))
    @RolesAllowed("editor")
    public void deleteAuthor(@PathParam("id") long id,
            @Parameter(description = "Id of the author the deleted author's posts move to", example = "4")
            @QueryParam("reassignTo") Long reassignTo) {
        authors.delete(id, reassignTo, preconditions.fromRequest());
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "AuthorPage")
    record AuthorPage(List<AuthorView> items, Page.PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
