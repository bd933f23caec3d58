package dev.inkstone.image;

import java.util.Arrays;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.inkstone.common.http.EntityTagCondition;

/**
 * Image binaries at content-addressed paths. The bytes at a path never change, so they are cacheable for a year by
 * browsers and CDNs alike, whoever asks; the ETag names the bytes (digest of the source and the file name).
 */
@Path("/media")
@Tag(name = "Images")
public class MediaResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final ImageService images;

    MediaResource(ImageService images) {
        this.images = images;
    }

    @GET
    @Path("/{sha256}/{file}")
    @Produces({ "image/jpeg", "image/png", "image/gif", "image/webp" })
    @Operation(summary = "Get an image file", description = "original.<ext> is the full-size image in its uploaded "
            + "format without metadata; w<width>.<jpg|png|webp> are the variants the image JSON lists. Made on first "
            + "request, then served from the storage. Single byte ranges are supported.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING, examples = IMMUTABLE)),
            content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The requested byte range",
            headers = @Header(name = "Content-Range", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "416", description = "The range starts past the end",
            headers = @Header(name = "Content-Range", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = "Every decoding slot is busy; retry after Retry-After seconds")
    public Response getMedia(
            @Parameter(example = "3f0c4a7e1b9d2c6f58a0e7d4b3c2a1908f7e6d5c4b3a29180f1e2d3c4b5a6978")
            @PathParam("sha256") String sha256,
            @Parameter(example = "w640.webp") @PathParam("file") String file,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = "One byte range, e.g. bytes=0-1023 or bytes=-500", example = "bytes=0-1023")
            @HeaderParam("Range") String range,
            @Parameter(description = "The ETag the client's partial copy has; another answers 200 with everything")
            @HeaderParam("If-Range") String ifRange) {
        ImageService.Media media = images.media(sha256, file);
        String etag = '"' + sha256.substring(0, 32) + '-' + file + '"';
        EntityTagCondition condition = ifNoneMatch == null ? null
                : EntityTagCondition.parse(java.util.List.of(ifNoneMatch));
        if (condition != null && (condition.any() || condition.matchesWeakly(etag))) {
            return headers(Response.notModified(), etag).build();
        }
        byte[] bytes = media.bytes();
        ByteRange wanted = ifRange == null || ifRange.strip().equals(etag) ? ByteRange.parse(range, bytes.length)
                : null;
        if (wanted == ByteRange.UNSATISFIABLE) {
            return headers(Response.status(416), etag).header("Content-Range", "bytes */" + bytes.length).build();
        }
        if (wanted != null) {
            return headers(Response.status(206), etag).type(media.format().mimeType())
                    .header("Content-Range", "bytes " + wanted.first() + "-" + wanted.last() + "/" + bytes.length)
                    .entity(Arrays.copyOfRange(bytes, (int) wanted.first(), (int) wanted.last() + 1)).build();
        }
        return headers(Response.ok(bytes), etag).type(media.format().mimeType()).build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, String etag) {
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header("Accept-Ranges", "bytes").header("X-Content-Type-Options", "nosniff");
    }
}
