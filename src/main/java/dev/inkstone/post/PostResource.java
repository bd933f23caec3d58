package dev.inkstone.post;

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

/** Posts over HTTP. */
@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class PostResource {

    private final PostService posts;
    private final PostListing listing;
    private final SecurityIdentity identity;
    private final MergePatcher patcher;
    private final Preconditions preconditions;

    PostResource(PostService posts, PostListing listing, SecurityIdentity identity, MergePatcher patcher,
            Preconditions preconditions) {
        this.posts = posts;
        this.listing = listing;
        this.identity = identity;
        this.patcher = patcher;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "List posts", description = "Newest first unless sorted otherwise; filter by tags, category "
            + "subtree, authors, dates and (with a token) status. Items leave markdown and html null; read a single post for "
            + "them. Anonymous callers see published posts only.")
    @APIResponse(responseCode = "200", description = "A page of posts", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = PostPage.class),
                    examples = @ExampleObject(name = "chinese", value = PostExamples.PAGE)))
    public RestResponse<Page<Object>> listPosts(@BeanParam PageParameters paging, @BeanParam PostFilters filters,
            @Parameter(description = "Comma-separated post fields each item keeps, e.g. id,slug,title; lists "
                    + "carry markdown and html only when named here")
            @QueryParam("fields") String fields,
            @Parameter(description = "tags, categories and/or authors: embed them in full (with postCount, "
                    + "path, bio…) instead of as summaries, loaded for the whole page at once")
            @QueryParam("include") String include,
            @Context UriInfo uri) {
        StatusFilter filter = StatusFilter.requested(filters.status, identity);
        return PagedResponse.of(listing.list(paging.toRequest(), filter, filters, fields, include,
                !identity.hasRole("reader")), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a post by id", description = "Drafts and scheduled posts are 404 without a token.")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(schema = @Schema(implementation = PostView.class), examples = {
                    @ExampleObject(name = "chinese", value = PostExamples.POST),
                    @ExampleObject(name = "english", value = PostExamples.POST_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PostView getPost(@PathParam("id") long id) {
        return posts.get(id, identity.hasRole("reader"));
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(summary = "Get a post by slug", description = "Chinese slugs are sent percent-encoded in the path. "
            + "Drafts and scheduled posts are 404 without a token.")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(schema = @Schema(implementation = PostView.class), examples = {
                    @ExampleObject(name = "chinese", value = PostExamples.POST),
                    @ExampleObject(name = "english", value = PostExamples.POST_EN) }))
    @APIResponse(responseCode = "301", ref = "SlugMoved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PostView getPostBySlug(
            @Parameter(example = "china-ai-innovation-challenges-us-competition-future") @PathParam("slug") String slug) {
        return posts.getBySlug(slug, identity.hasRole("reader"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a post", description = "Tags are named by slug and created when new; categories "
            + "must exist. The markdown is rendered to sanitized HTML on write.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = PostExamples.INPUT),
            @ExampleObject(name = "english", value = PostExamples.INPUT_EN) }))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public RestResponse<PostView> createPost(@Valid @NotNull PostInput input, @Context UriInfo uri) {
        PostView created = posts.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a post")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = PostExamples.INPUT),
            @ExampleObject(name = "english", value = PostExamples.INPUT_EN) }))
    @APIResponse(responseCode = "200", description = "The post as stored",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public PostView replacePost(@PathParam("id") long id, @Valid @NotNull PostInput input) {
        return posts.replace(id, input, preconditions.fromRequest());
    }

    @PUT
    @Path("/slug/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the post at a slug", description = "The idempotent upsert for import "
            + "scripts: sending the same body again changes nothing, not even the version.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = PostExamples.INPUT),
            @ExampleObject(name = "english", value = PostExamples.INPUT_EN) }))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public RestResponse<PostView> upsertPostBySlug(
            @Parameter(example = "china-ai-innovation-challenges-us-competition-future") @PathParam("slug") String slug,
            @Valid @NotNull PostInput input, @Context UriInfo uri) {
        PostService.Upserted result = posts.upsertBySlug(slug, input, preconditions.fromRequest());
        if (!result.created()) {
            return RestResponse.ok(result.post());
        }
        return Created.at(uri.getBaseUriBuilder().path("api/v1/posts"), result.post().id(), result.post());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a post", description = "An RFC 7396 merge patch over the post's "
            + "writable fields; the result must be valid as a whole.")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(ref = "PostPatch"),
            examples = @ExampleObject(name = "publish", value = "{\"status\": \"published\"}")))
    @APIResponse(responseCode = "200", description = "The post as stored",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public PostView patchPost(@PathParam("id") long id, byte[] patch) {
        var parsed = patcher.parse(patch);
        return posts.patch(id, current -> patcher.apply(current, parsed, PostInput.class),
                preconditions.fromRequest());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a post")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("editor")
    public void deletePost(@PathParam("id") long id) {
        posts.delete(id, preconditions.fromRequest());
    }


    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "PostPage")
    record PostPage(java.util.List<PostView> items, Page.PageInfo page, 
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
