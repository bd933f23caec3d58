package dev.inkstone.sitemap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.inkstone.feed.SiteLinks;

/** The sitemap index at {@code /sitemap.xml}, where robots.txt and search consoles look for it. */
@Path("/sitemap.xml")
@Tag(name = "Sitemaps")
public class SitemapIndexResource {

    private final SitemapService sitemaps;
    private final SiteLinks links;

    SitemapIndexResource(SitemapService sitemaps, SiteLinks links) {
        this.sitemaps = sitemaps;
        this.links = links;
    }

    @GET
    @Operation(summary = "The sitemap index", description = "Lists the sitemap files: posts (by blocks of ids, "
            + "lastmod the newest change in the file), tags, categories and authors.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org sitemap index",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "index", value = SitemapExamples.INDEX)))
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getSitemapIndex() {
        return SitemapResource.xml(SitemapWriter.index(sitemaps.index(), links));
    }
}
