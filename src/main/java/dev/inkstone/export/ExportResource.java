package dev.inkstone.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The whole content as one streamed JSON document, which POST /api/v1/imports reads back. */
@Path("/api/v1/export")
@Tag(name = "Imports")
public class ExportResource {

    private final ExportWriter export;

    ExportResource(ExportWriter export) {
        this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export everything", description = "Categories (with parentId, so the tree), tags, images "
            + "(metadata and the URL of each original under /media) and posts (drafts and scheduled ones too, with "
            + "markdown, featuredImage as the image's sha256) streamed in id order. Import the file with "
            + "POST /api/v1/imports: where the images' digests are already stored (the same instance, shared "
            + "storage) posts are relinked at once; into an empty instance, zip the file with each original at its "
            + "URL path (media/<sha256>/original.jpg) and import the zip. Slugs are the keys, so importing it where "
            + "it came from changes nothing. Needs a token (reader or more).")
    @APIResponse(responseCode = "200", description = "The export, streamed",
            content = @Content(schema = @Schema(implementation = ExportDocument.class),
                    examples = @ExampleObject(name = "export", value = ExportExamples.EXPORT)))
    @RolesAllowed("reader")
    public Response exportAll() {
        StreamingOutput body = export::write;
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"inkstone-export.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
