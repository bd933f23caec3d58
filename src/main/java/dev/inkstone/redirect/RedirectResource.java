package dev.inkstone.redirect;

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

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Created;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;

/** Redirects for a migrated site's old paths over HTTP: a public lookup, and the admin's list and edits. */
@Path("/api/v1/redirects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Redirects")
public class RedirectResource {

    private final RedirectService redirects;
    private final SecurityIdentity identity;
    private final Preconditions preconditions;

    RedirectResource(RedirectService redirects, SecurityIdentity identity, Preconditions preconditions) {
        this.redirects = redirects;
        this.identity = identity;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "Look up the redirect for an old path, or list redirects", description = """
            With `path`: the redirect for that path of the old site, for anyone (a frontend's 404 handler asks this). \
            The path is matched percent-decoded (escapes in either case), without a trailing slash or fragment; a \
            full URL counts by its path and query. A path without a redirect, or whose target post, tag or category \
            the caller may not see, is a 404. Send the reader to `targetPath`, or to your address for the target's \
            `type` and `slug`, with `status`.

            Without `path`: a page of every redirect, for admins; sorted by path unless `sort` says otherwise.""")
    @APIResponse(responseCode = "200", description = "The redirect for path, or a page of redirects",
            headers = { @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(oneOf = { RedirectView.class, RedirectPage.class }), examples = {
                    @ExampleObject(name = "chinese", value = RedirectExamples.LOOKUP),
                    @ExampleObject(name = "english", value = RedirectExamples.LOOKUP_EN),
                    @ExampleObject(name = "list", value = RedirectExamples.PAGE) }))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<?> getRedirects(
            @Parameter(description = "A path of the old site (or its full URL); without it, the list (admin)",
                    example = "/2019/03/some-old-permalink/") @QueryParam("path") String path,
            @BeanParam PageParameters paging,
            @Parameter(description = "For the list: sort field, '-' for descending; ties are broken by id",
                    schema = @Schema(enumeration = { "path", "-path", "id", "-id" }, defaultValue = "path"))
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        if (path != null) {
            refuseListParameters(uri);
            return RestResponse.ok(redirects.lookup(path, identity.hasRole("reader")));
        }
        if (identity.isAnonymous()) {
            throw ApiException.unauthorized("Listing redirects needs an admin token; look one up with ?path=");
        }
        if (!identity.hasRole("admin")) {
            throw ApiException.forbidden("Listing redirects needs a token with the admin role");
        }
        return PagedResponse.of(redirects.list(paging.toRequest(), sort), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a redirect by id")
    @APIResponse(responseCode = "200", description = "The redirect",
            content = @Content(schema = @Schema(implementation = RedirectView.class), examples = {
                    @ExampleObject(name = "chinese", value = RedirectExamples.LOOKUP),
                    @ExampleObject(name = "english", value = RedirectExamples.LOOKUP_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("admin")
    public RedirectView getRedirect(@PathParam("id") long id) {
        return redirects.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a redirect", description = "An old path and where it leads: targetPath (a path on the "
            + "new site) or target (a post, tag or category, followed through later renames). One redirect a path: "
            + "another for the same normalised path is a 409.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = RedirectExamples.INPUT),
            @ExampleObject(name = "english", value = RedirectExamples.INPUT_EN) }))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = RedirectView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("admin")
    public RestResponse<RedirectView> createRedirect(@Valid @NotNull RedirectInput input, @Context UriInfo uri) {
        RedirectView created = redirects.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a redirect", description = "An import of the same post records its path again.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("admin")
    public void deleteRedirect(@PathParam("id") long id) {
        redirects.delete(id, preconditions.fromRequest());
    }

    /** A lookup answers one redirect: paging a single answer would be a mistake worth naming. */
    private static void refuseListParameters(UriInfo uri) {
        for (String name : new String[] { "page", "perPage", "cursor", "sort" }) {
            if (uri.getQueryParameters().containsKey(name)) {
                throw ApiException.badParameter(name, name + " applies to the list, not to a lookup by path");
            }
        }
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "RedirectPage", requiredProperties = { "items", "page" })
    record RedirectPage(java.util.List<RedirectView> items, Page.PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
