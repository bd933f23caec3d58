package dev.inkstone.export;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.inkstone.auth.Caller;
import dev.inkstone.auth.Role;

/** The whole content as one streamed JSON document, which POST /api/v1/imports reads back. */
@Path("/api/v1/export")
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
public class ExportResource {

    private final ExportWriter export;
    private final Caller caller;

    ExportResource(ExportWriter export, Caller caller) {
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export everything", description = "Categories (with parentId, so the tree), tags and posts "
            + "(drafts and scheduled ones too, with markdown) streamed in id order; images are not exported yet "
            + "(posts keep their image links). Import the file with POST /api/v1/imports into an empty instance to "
            + "reproduce the content; slugs are the keys, so importing it where it came from changes nothing. "
            + "Needs a token (reader or more).")
    @APIResponse(responseCode = "200", description = "The export, streamed",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "export", value = ExportExamples.EXPORT)))
    public Response exportAll() {
        caller.require(Role.READER);
        StreamingOutput body = export::write;
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"inkstone-export.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
