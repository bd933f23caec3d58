package dev.inkstone.image;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Created;
import dev.inkstone.common.http.MediaTypes;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.json.MergePatcher;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;

/** Image metadata over HTTP; the binaries are served by {@link MediaResource}. */
@Path("/api/v1/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Images")
public class ImageResource {

    private final ImageService images;
    private final MergePatcher patcher;
    private final Preconditions preconditions;

    ImageResource(ImageService images, MergePatcher patcher, Preconditions preconditions) {
        this.images = images;
        this.patcher = patcher;
        this.preconditions = preconditions;
    }

    @GET
    @RolesAllowed("reader")
    @Operation(summary = "List images", description = "Newest first by default. The image library needs a token: "
            + "alt texts, captions and file names of images only drafts use are not for anonymous readers (a "
            + "published post embeds what it shows of its images).")
    @APIResponse(responseCode = "200", description = "A page of images", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = ImagePage.class)))
    public RestResponse<Page<ImageView>> listImages(@BeanParam PageParameters paging,
            @Parameter(description = "Sort field, '-' for descending; ties are broken by id",
                    schema = @Schema(enumeration = { "createdAt", "-createdAt", "id", "-id" },
                            defaultValue = "-createdAt"))
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        return PagedResponse.of(images.list(paging.toRequest(), sort), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("reader")
    @Operation(summary = "Get an image by id", description = "Needs a token, as the list does.")
    @APIResponse(responseCode = "200", description = "The image",
            content = @Content(schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ImageView getImage(@PathParam("id") long id) {
        return images.get(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an image", description = "JPEG, PNG, GIF (animated too) or WebP, recognised by its "
            + "bytes. The same bytes uploaded again answer 200 with the image already stored.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "200", description = "These bytes were stored before; the existing image",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "413", description = "Larger than inkstone.images.max-bytes",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG, GIF or WebP, or bytes of another type than "
            + "declared", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Corrupt or truncated, or more pixels than allowed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("editor")
    public RestResponse<ImageView> uploadImage(@RestForm("file") FileUpload file, @RestForm("alt") String alt,
            @RestForm("caption") String caption, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalid("file", "a multipart part named file with the image is required");
        }
        ImageService.Uploaded uploaded = images.upload(new ImageService.Upload(file.uploadedFile(), file.size(),
                file.fileName(), file.contentType(), alt, caption));
        if (!uploaded.created()) {
            return RestResponse.ResponseBuilder.create(Status.OK, uploaded.image())
                    .location(uri.getAbsolutePathBuilder().path(Long.toString(uploaded.image().id())).build())
                    .build();
        }
        return Created.at(uri.getAbsolutePathBuilder(), uploaded.image().id(), uploaded.image());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change an image's alt text, caption or focal point",
            description = "An RFC 7396 merge patch; null removes a field.")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(ref = "ImagePatch"), examples = {
                    @ExampleObject(name = "alt and focal point", value = ImageExamples.PATCH),
                    @ExampleObject(name = "english alt, no caption", value = ImageExamples.PATCH_EN) }))
    @APIResponse(responseCode = "200", description = "The image as stored",
            content = @Content(schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("editor")
    public ImageView patchImage(@PathParam("id") long id, byte[] patch) {
        var parsed = patcher.parse(patch);
        return images.patch(id, current -> patcher.apply(current, parsed, ImageInput.class),
                preconditions.fromRequest());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an image", description = "Refused with 409, naming the posts, while a post uses it "
            + "as featured image or in its markdown. The files go with the last record of their bytes.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public void deleteImage(@PathParam("id") long id) {
        images.delete(id, preconditions.fromRequest());
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "ImagePage")
    record ImagePage(java.util.List<ImageView> items, Page.PageInfo page, 
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }

    /** The multipart form of an upload, for the OpenAPI document. */
    @Schema(name = "ImageUpload")
    record UploadForm(
            @Schema(type = SchemaType.STRING, format = "binary", required = true) String file,
            @Schema(maxLength = 1000, examples = "雷峰塔与西湖的日落") String alt,
            @Schema(maxLength = 2000, examples = "杭州，2025 年秋") String caption) {
    }
}
