package dev.inkstone.preview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.inkstone.post.PostView;

/**
 * Reading a post through a preview link: public, the token in the path is the only credential. The response cache
 * (dev.inkstone.cache) keeps public reads of posts, tags and categories only, so these answers are always computed.
 */
@Path("/api/v1/previews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Previews")
public class PreviewReadResource {

    /** Never kept by a browser or a shared cache, never indexed: the link shows unpublished content. */
    static final String NO_STORE = "private, no-store";

    private final PreviewService previews;

    PreviewReadResource(PreviewService previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "Read a post through a preview link", description = "Needs no credentials: the token is "
            + "the credential. The post as it is now, draft or scheduled included, never from a cache. An unknown, "
            + "expired or revoked token is a plain 404.")
    @APIResponse(responseCode = "200", description = "The post", headers = {
            @Header(name = "Cache-Control", description = "Always private, no-store",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "X-Robots-Tag", description = "Always noindex",
                    schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = PostView.class), examples = {
                    @ExampleObject(name = "chinese", value = PreviewExamples.POST),
                    @ExampleObject(name = "english", value = PreviewExamples.POST_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<PostView> readPreview(@PathParam("token") String token) {
        return RestResponse.ResponseBuilder.ok(previews.read(token)).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("X-Robots-Tag", "noindex").build();
    }
}
