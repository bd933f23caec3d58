package dev.inkstone.feed;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published posts: the site's, a tag's, a category subtree's,
 * an author's.
 * No {@code @Produces}: feed readers send every kind of Accept header, and the file name already says the format.
 * The bytes get their ETag, 304 and public caching from the same filters and response cache as the JSON lists. The
 * 200 answer, three media types with their examples, is documented once in META-INF/openapi.yaml ({@code Feed}).
 */
@Path("/feeds")
@Tag(name = "Feeds")
public class FeedResource {

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
    @APIResponse(responseCode = "200", ref = "Feed")
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getSiteFeed(@BeanParam FeedParameters feed) {
        return render(feed, feeds.site(feed.limit()));
    }

    @GET
    @Path("/tag/{slug}/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "A tag's feed", description = "As the site's feed, for the posts carrying the tag. A tag "
            + "no published post carries is a 404, as in GET /api/v1/tags/slug/{slug}.")
    @APIResponse(responseCode = "200", ref = "Feed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getTagFeed(@Parameter(example = "机器学习") @PathParam("slug") String slug,
            @BeanParam FeedParameters feed) {
        return render(feed, feeds.tag(slug, feed.limit()));
    }

    @GET
    @Path("/author/{slug}/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "An author's feed", description = "As the site's feed, for the posts the author is in the "
            + "byline of. An author of no published post is a 404, as in GET /api/v1/authors/slug/{slug}.")
    @APIResponse(responseCode = "200", ref = "Feed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getAuthorFeed(@Parameter(example = "老范") @PathParam("slug") String slug,
            @BeanParam FeedParameters feed) {
        return render(feed, feeds.author(slug, feed.limit()));
    }

    @GET
    @Path("/category/{slug}/{file: " + FeedFormat.FILES + "}")
    @Operation(summary = "A category's feed", description = "As the site's feed, for the posts filed in the "
            + "category or any category below it. A category anonymous readers cannot see is a 404.")
    @APIResponse(responseCode = "200", ref = "Feed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "SiteUrlMissing")
    public Response getCategoryFeed(@Parameter(example = "中国故事") @PathParam("slug") String slug,
            @BeanParam FeedParameters feed) {
        return render(feed, feeds.category(slug, feed.limit()));
    }

    private Response render(FeedParameters request, Feed feed) {
        FeedFormat format = FeedFormat.of(request.file);
        return Response.ok(format.render(feed, json)).type(format.contentType).build();
    }
}
