package dev.inkstone.category;

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

/** Categories over HTTP. */
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Categories")
public class CategoryResource {

    private final CategoryService categories;
    private final SecurityIdentity identity;
    private final MergePatcher patcher;
    private final Preconditions preconditions;

    CategoryResource(CategoryService categories, SecurityIdentity identity, MergePatcher patcher, Preconditions preconditions) {
        this.categories = categories;
        this.identity = identity;
        this.patcher = patcher;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "List categories", description = "Sorted by name, then id; build the tree from parentId.")
    @APIResponse(responseCode = "200", description = "A page of categories", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = CategoryPage.class)))
    public RestResponse<Page<CategoryView>> listCategories(@BeanParam PageParameters paging,
            @Parameter(description = "Sort field, '-' for descending; ties are broken by id",
                    schema = @Schema(enumeration = { "name", "-name", "id", "-id", "postCount", "-postCount" },
                            defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        return PagedResponse.of(categories.list(paging.toRequest(), sort, !identity.hasRole("reader")), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a category by id")
    @APIResponse(responseCode = "200", description = "The category",
            content = @Content(schema = @Schema(implementation = CategoryView.class), examples = {
                    @ExampleObject(name = "chinese", value = CategoryExamples.CATEGORY),
                    @ExampleObject(name = "english", value = CategoryExamples.CATEGORY_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryView getCategory(@PathParam("id") long id) {
        return categories.get(id, !identity.hasRole("reader"));
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(summary = "Get a category by slug", description = "Chinese slugs are sent percent-encoded in the path.")
    @APIResponse(responseCode = "200", description = "The category",
            content = @Content(schema = @Schema(implementation = CategoryView.class), examples = {
                    @ExampleObject(name = "chinese", value = CategoryExamples.CATEGORY),
                    @ExampleObject(name = "english", value = CategoryExamples.CATEGORY_EN) }))
    @APIResponse(responseCode = "301", ref = "SlugMoved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryView getCategoryBySlug(@Parameter(example = "机器学习") @PathParam("slug") String slug) {
        return categories.getBySlug(slug, !identity.hasRole("reader"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category",
            description = "The slug is derived from the name when absent; parentId places it in the tree.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = CategoryExamples.INPUT),
            @ExampleObject(name = "english", value = CategoryExamples.INPUT_EN) }))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public RestResponse<CategoryView> createCategory(@Valid @NotNull CategoryInput input, @Context UriInfo uri) {
        CategoryView created = categories.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a category")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = CategoryExamples.INPUT),
            @ExampleObject(name = "english", value = CategoryExamples.INPUT_EN) }))
    @APIResponse(responseCode = "200", description = "The category as stored",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public CategoryView replaceCategory(@PathParam("id") long id, @Valid @NotNull CategoryInput input) {
        return categories.replace(id, input, preconditions.fromRequest());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a category",
            description = "An RFC 7396 merge patch; null removes a field (a null parentId makes a root).")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(ref = "CategoryPatch"),
            examples = @ExampleObject(name = "make-root", value = "{\"parentId\": null}")))
    @APIResponse(responseCode = "200", description = "The category as stored",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public CategoryView patchCategory(@PathParam("id") long id, byte[] patch) {
        var parsed = patcher.parse(patch);
        return categories.patch(id, current -> patcher.apply(current, parsed, CategoryInput.class),
                preconditions.fromRequest());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a category", description = "Refused with 409 while it has child categories or posts.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public void deleteCategory(@PathParam("id") long id) {
        categories.delete(id, preconditions.fromRequest());
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "CategoryPage")
    record CategoryPage(java.util.List<CategoryView> items, Page.PageInfo page, 
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
