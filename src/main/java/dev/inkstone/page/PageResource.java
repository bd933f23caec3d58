package dev.inkstone.page;

import java.util.ArrayList;
import java.util.Iterator;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.http.Created;
import dev.inkstone.common.http.MediaTypes;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.json.FieldSelection;
import dev.inkstone.common.json.MergePatcher;
import dev.inkstone.common.paging.Page.PageInfo;
import dev.inkstone.common.paging.PageParameters;

/** Pages over HTTP: the shape of the post endpoints. */
@Path("/api/v1/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages")
public class PageResource {

    /** Names {@code fields=} accepts: the fields of a page. */
    static final List<String> FIELDS = List.of("id", "slug", "title", "status", "publishedAt", "createdAt",
            "updatedAt", "markdown", "html", "excerpt", "readingMinutes", "wordCount", "featuredImage", "parentId",
            "path", "menuOrder", "version");

    private final PageService pages;
    private final SecurityIdentity identity;
    private final MergePatcher patcher;
    private final Preconditions preconditions;
    private final ObjectMapper mapper;

    PageResource(PageService pages, SecurityIdentity identity, MergePatcher patcher, Preconditions preconditions,
            ObjectMapper mapper) {
        this.pages = pages;
        this.identity = identity;
        this.patcher = patcher;
        this.preconditions = preconditions;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "List pages", description = "In menu order unless sorted otherwise; filter by parent and "
            + "(with a token) status. Items leave markdown and html null unless fields= names them. Anonymous "
            + "callers see published pages only.")
    @APIResponse(responseCode = "200", description = "A page of pages", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = PagePage.class),
                    examples = @ExampleObject(name = "chinese", value = PageExamples.LIST)))
    public RestResponse<dev.inkstone.common.paging.Page<Object>> listPages(@BeanParam PageParameters paging,
            @BeanParam PageFilters filters,
            @Parameter(description = "Comma-separated page fields each item keeps, e.g. id,slug,title,path; lists "
                    + "carry markdown and html only when named here")
            @QueryParam("fields") String fields,
            @Context UriInfo uri) {
        PageStatusFilter status = PageStatusFilter.requested(filters.status, identity);
        FieldSelection selected = FieldSelection.parse(fields, FIELDS, "fields");
        var page = pages.list(paging.toRequest(), status, filters, selected.has("markdown") || selected.has("html"));
        List<Object> items = new ArrayList<>(page.items().size());
        for (PageView view : page.items()) {
            if (selected.isAll()) {
                items.add(view);
            } else {
                ObjectNode item = mapper.valueToTree(view);
                Iterator<String> names = item.fieldNames();
                while (names.hasNext()) {
                    if (!selected.names().contains(names.next())) {
                        names.remove();
                    }
                }
                items.add(item);
            }
        }
        return PagedResponse.of(new dev.inkstone.common.paging.Page<>(items, page.page(), page.nextCursor()), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a page by id", description = "Drafts and scheduled pages are 404 without a token.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(schema = @Schema(implementation = PageView.class), examples = {
                    @ExampleObject(name = "chinese", value = PageExamples.PAGE),
                    @ExampleObject(name = "english", value = PageExamples.PAGE_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView getPage(@PathParam("id") long id) {
        return pages.get(id, identity.hasRole("reader"));
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(summary = "Get a page by slug", description = "Chinese slugs are sent percent-encoded in the path. "
            + "Drafts and scheduled pages are 404 without a token.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(schema = @Schema(implementation = PageView.class), examples = {
                    @ExampleObject(name = "chinese", value = PageExamples.PAGE),
                    @ExampleObject(name = "english", value = PageExamples.PAGE_EN) }))
    @APIResponse(responseCode = "301", ref = "SlugMoved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView getPageBySlug(@Parameter(example = "about") @PathParam("slug") String slug) {
        return pages.getBySlug(slug, identity.hasRole("reader"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a page", description = "The markdown is rendered to sanitized HTML on write. "
            + "parentId must name an existing page.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = PageExamples.INPUT),
            @ExampleObject(name = "english", value = PageExamples.INPUT_EN) }))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public RestResponse<PageView> createPage(@Valid @NotNull PageInput input, @Context UriInfo uri) {
        PageView created = pages.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a page", description = "A parentId naming the page itself or one of its "
            + "descendants is a 422 naming parentId.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = PageExamples.INPUT),
            @ExampleObject(name = "english", value = PageExamples.INPUT_EN) }))
    @APIResponse(responseCode = "200", description = "The page as stored",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public PageView replacePage(@PathParam("id") long id, @Valid @NotNull PageInput input) {
        return pages.replace(id, input, preconditions.fromRequest());
    }

    @PUT
    @Path("/slug/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the page at a slug", description = "The idempotent upsert for import "
            + "scripts: sending the same body again changes nothing, not even the version. If-None-Match: * "
            + "creates only (412 when the slug exists).")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = PageExamples.INPUT),
            @ExampleObject(name = "english", value = PageExamples.INPUT_EN) }))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public RestResponse<PageView> upsertPageBySlug(@Parameter(example = "about") @PathParam("slug") String slug,
            @Valid @NotNull PageInput input, @Context UriInfo uri) {
        PageService.Upserted result = pages.upsertBySlug(slug, input, preconditions.fromRequest());
        if (!result.created()) {
            return RestResponse.ok(result.page());
        }
        return Created.at(uri.getBaseUriBuilder().path("api/v1/pages"), result.page().id(), result.page());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a page", description = "An RFC 7396 merge patch over the page's "
            + "writable fields; the result must be valid as a whole.")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(ref = "PagePatch"), examples = {
                    @ExampleObject(name = "move", value = "{\"parentId\": 5, \"menuOrder\": 20}"),
                    @ExampleObject(name = "chinese", value = "{\"title\": \"关于我们\"}") }))
    @APIResponse(responseCode = "200", description = "The page as stored",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public PageView patchPage(@PathParam("id") long id, byte[] patch) {
        var parsed = patcher.parse(patch);
        return pages.patch(id, current -> patcher.apply(current, parsed, PageInput.class),
                preconditions.fromRequest());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a page", description = "A page with child pages is a 409: move or delete them "
            + "first.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public void deletePage(@PathParam("id") long id) {
        pages.delete(id, preconditions.fromRequest());
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "PagePage")
    record PagePage(List<PageView> items, PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
