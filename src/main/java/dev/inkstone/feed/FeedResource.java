package dev.inkstone.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published posts: the site's, a tag's, a category subtree's.
 * No {@code @Produces}: feed readers send every kind of Accept header, and the file name already says the format.
 * The bytes get their ETag, 304 and public caching from the same filters and response cache as the JSON lists.
 */
@Path("/feeds")
@Tag(name = "Feeds")
public class FeedResource {

    private static final String LIMIT = "How many of the newest published posts, 1-100 (more is a 400)";
    private static final String FILE = "rss.xml (RSS 2.0), atom.xml (Atom 1.0) or feed.json (JSON Feed 1.1)";

    private final FeedService feeds;
    private final ObjectMapper json;

    FeedResource(FeedService feeds, ObjectMapper json) {
        this.feeds = feeds;
        this.json = json;
    }

    @GET
    @Path("/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "The site's feed", description = "The newest published posts (20 unless limit says "
            + "otherwise) with their full sanitized HTML, links absolute under INKSTONE_SITE_URL; tags and "
            + "categories as feed categories. Scheduled posts appear once their time has come, drafts never.")
    @APIResponse(responseCode = "200", description = "The feed in the format its file name names", content = {
            @Content(mediaType = RssWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "rss", value = FeedExamples.RSS)),
            @Content(mediaType = AtomWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "atom", value = FeedExamples.ATOM)),
            @Content(mediaType = JsonFeed.MEDIA_TYPE, schema = @Schema(implementation = JsonFeed.class),
                    examples = @ExampleObject(name = "json", value = FeedExamples.JSON)) })
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getSiteFeed(
            @Parameter(description = FILE, schema = @Schema(type = SchemaType.STRING, enumeration = { "rss.xml", "atom.xml", "feed.json" }))
            @PathParam("file") String file,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("limit") String limit) {
        return render(file, feeds.site(FeedLimit.parse(limit)));
    }

    @GET
    @Path("/tag/{slug}/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "A tag's feed", description = "As the site's feed, for the posts carrying the tag. A tag "
            + "no published post carries is a 404, as in GET /api/v1/tags/slug/{slug}.")
    @APIResponse(responseCode = "200", description = "The feed in the format its file name names", content = {
            @Content(mediaType = RssWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "rss", value = FeedExamples.RSS)),
            @Content(mediaType = AtomWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "atom", value = FeedExamples.ATOM)),
            @Content(mediaType = JsonFeed.MEDIA_TYPE, schema = @Schema(implementation = JsonFeed.class),
                    examples = @ExampleObject(name = "json", value = FeedExamples.JSON)) })
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getTagFeed(@Parameter(example = "机器学习") @PathParam("slug") String slug,
            @Parameter(description = FILE, schema = @Schema(type = SchemaType.STRING, enumeration = { "rss.xml", "atom.xml", "feed.json" }))
            @PathParam("file") String file,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("limit") String limit) {
        return render(file, feeds.tag(slug, FeedLimit.parse(limit)));
    }

    @GET
    @Path("/category/{slug}/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "A category's feed", description = "As the site's feed, for the posts filed in the "
            + "category or any category below it. A category anonymous readers cannot see is a 404.")
    @APIResponse(responseCode = "200", description = "The feed in the format its file name names", content = {
            @Content(mediaType = RssWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "rss", value = FeedExamples.RSS)),
            @Content(mediaType = AtomWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "atom", value = FeedExamples.ATOM)),
            @Content(mediaType = JsonFeed.MEDIA_TYPE, schema = @Schema(implementation = JsonFeed.class),
                    examples = @ExampleObject(name = "json", value = FeedExamples.JSON)) })
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getCategoryFeed(@Parameter(example = "中国故事") @PathParam("slug") String slug,
            @Parameter(description = FILE, schema = @Schema(type = SchemaType.STRING, enumeration = { "rss.xml", "atom.xml", "feed.json" }))
            @PathParam("file") String file,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("limit") String limit) {
        return render(file, feeds.category(slug, FeedLimit.parse(limit)));
    }

    private Response render(String file, Feed feed) {
        FeedFormat format = FeedFormat.of(file);
        return Response.ok(format.render(feed, json)).type(format.contentType).build();
    }
}
