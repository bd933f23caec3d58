package dev.inkstone.sitemap;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sitemap files the index at {@code /sitemap.xml} lists, each at most {@code inkstone.sitemap.page-size} URLs.
 * Cached and validated like every public read.
 */
@Path("/sitemaps")
@Tag(name = "Sitemaps")
public class SitemapResource {

    private static final String XML = "application/xml; charset=UTF-8";

    private final SitemapService sitemaps;

    SitemapResource(SitemapService sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GET
    @Path("/{kind: posts|tags|categories|pages|authors}-{page: [1-9][0-9]{0,9}}.xml")
    @Operation(summary = "One sitemap file", description = "The URLs of published posts, of tags a published "
            + "post carries, of categories holding one, of published pages (at their path permalink) or of authors of a published post, with lastmod from updatedAt. Chinese slugs are "
            + "percent-encoded. A file the index does not list is a 404.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org urlset",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "posts", value = SitemapExamples.URLSET)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getSitemap(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "posts", "tags", "categories", "pages", "authors" })) @PathParam("kind")
            String kind,
            @Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @PathParam("page") long page) {
        List<SitemapService.Url> urls = switch (kind) {
            case "posts" -> sitemaps.posts(page);
            case "tags" -> sitemaps.tags(page);
            case "pages" -> sitemaps.pages(page);
            case "authors" -> sitemaps.authors(page);
            default -> sitemaps.categories(page);
        };
        return xml(SitemapWriter.urlset(urls));
    }

    static Response xml(byte[] body) {
        return Response.ok(body).type(XML).build();
    }
}
