package dev.inkstone.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.http.MediaTypes;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.json.MergePatcher;

/** The site settings and navigation over HTTP. */
@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class SiteResource {

    private final SiteService site;
    private final SecurityIdentity identity;
    private final MergePatcher patcher;
    private final Preconditions preconditions;

    SiteResource(SiteService site, SecurityIdentity identity, MergePatcher patcher, Preconditions preconditions) {
        this.site = site;
        this.identity = identity;
        this.patcher = patcher;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "Get the site settings and navigation", description = "Navigation references are "
            + "resolved to their targets' current slugs. Anonymous callers do not see items whose post is not "
            + "published or whose tag or category no published post carries; a deleted target drops its item.")
    @APIResponse(responseCode = "200", description = "The site settings",
            content = @Content(schema = @Schema(implementation = SiteView.class), examples = {
                    @ExampleObject(name = "chinese", value = SiteExamples.SITE),
                    @ExampleObject(name = "english", value = SiteExamples.SITE_EN) }))
    public SiteView getSite() {
        return site.get(identity.hasRole("reader"));
    }

    @PATCH
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change the site settings", description = "An RFC 7396 merge patch; null removes a field, "
            + "and a navigation list is replaced whole. Each navigation item has a label and exactly one of url "
            + "(absolute http(s) or a root-relative path), postId, tagId, categoryId.")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON, schema = @Schema(ref = "SitePatch"),
            examples = { @ExampleObject(name = "chinese", value = SiteExamples.PATCH),
                    @ExampleObject(name = "english", value = SiteExamples.PATCH_EN) }))
    @APIResponse(responseCode = "200", description = "The site settings as stored",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @RolesAllowed("admin")
    public SiteView patchSite(byte[] patch) {
        var parsed = patcher.parse(patch);
        return site.patch(current -> patcher.apply(current, parsed, SiteInput.class), preconditions.fromRequest());
    }
}
