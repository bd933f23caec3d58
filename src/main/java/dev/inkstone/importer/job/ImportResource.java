package dev.inkstone.importer.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;

/** Import jobs over HTTP: start one with a file or a server-side path, then follow it. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

    private final ImportRunner runner;
    private final ImportService imports;

    ImportResource(ImportRunner runner, ImportService imports) {
        this.runner = runner;
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a file", description = "A WordPress export (WXR 1.0-1.2), a Markdown file with "
            + "front matter, an Inkstone export, a Ghost JSON export, a saved WordPress post page (.html, its article "
            + "only), or a zip of one of them with its images (a WXR with its wp-content/uploads folder, Markdown "
            + "files with the images they name, a \"Web page, complete\" save with its _files folder), as the "
            + "multipart field `file`. "
            + "Answers at once with the queued job; follow it at its Location. Importing the same file again updates "
            + "what changed and creates nothing twice. The upload is streamed to disk and bounded by "
            + "INKSTONE_IMPORT_MAX_UPLOAD (512M by default).")
    @APIResponse(responseCode = "202", description = "The job, queued",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "wxr", value = ImportExamples.JOB)))
    @RolesAllowed("editor")
    public RestResponse<ImportJobView> startImport(
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Parameter(description = "Report what would happen and write nothing")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalid("file", "send the file to import as the multipart field 'file'");
        }
        return accepted(runner.upload(file.uploadedFile(), file.fileName(), dryRun), uri);
    }

    @POST
    @Path("/path")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file or folder on the server", description = "For exports too large to upload: "
            + "a path below inkstone.import.allowed-path (server-side imports are off when it is not set). A folder "
            + "imports every Markdown file below it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "wxr", value = ImportExamples.PATH)))
    @APIResponse(responseCode = "202", description = "The job, queued",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "wxr", value = ImportExamples.JOB)))
    @RolesAllowed("editor")
    public RestResponse<ImportJobView> startImportFromPath(@Valid @NotNull ImportPathInput input,
            @Parameter(description = "Report what would happen and write nothing")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Context UriInfo uri) {
        return accepted(runner.fromPath(input.path(), dryRun), uri);
    }

    @POST
    @Path("/wordpress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import from a live WordPress", description = "Reads the site over its REST API "
            + "(wp-json/wp/v2): categories with their parents, tags, authors' names, media with alt text and captions, "
            + "then posts page by page. Without credentials only published posts are read; with a username and an "
            + "application password (sent as Basic auth to the site, never stored) drafts, pending, scheduled and "
            + "private posts too. Images are fetched only with fetchMedia, from the site's own host. Pages are reported "
            + "as skipped. Items are keyed like a WXR export of the same site (guid), so a re-run, or a run after "
            + "importing the site's export, updates what changed and creates nothing twice. A broken page of posts is "
            + "a failed line, not a failed job. Sites on loopback, private, link-local or metadata addresses are "
            + "refused (422 naming url) unless INKSTONE_IMPORT_ALLOW_PRIVATE=true.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WordPressImportInput.class),
            examples = { @ExampleObject(name = "public", value = ImportExamples.WORDPRESS),
                    @ExampleObject(name = "drafts", value = ImportExamples.WORDPRESS_DRAFTS) }))
    @APIResponse(responseCode = "202", description = "The job, queued",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "wordpress", value = ImportExamples.WORDPRESS_JOB)))
    @APIResponse(responseCode = "422", description = "The URL is not http(s), names no host, holds credentials or a "
            + "query, resolves to the server's own network; or only one of username and applicationPassword was sent",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "private", value = ImportExamples.WORDPRESS_PRIVATE)))
    @RolesAllowed("editor")
    public RestResponse<ImportJobView> startWordPressImport(@Valid @NotNull WordPressImportInput input,
            @Context UriInfo uri) {
        return accepted(runner.fromWordPress(input), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an import job", description = "Status and progress counts; poll until the status is "
            + "completed, failed, interrupted or cancelled.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "running", value = ImportExamples.JOB)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("editor")
    public ImportJobView getImport(@PathParam("id") long id) {
        return imports.get(id);
    }

    @GET
    @Path("/{id}/items")
    @Operation(summary = "List an import job's report", description = "One line per source item (and per missing "
            + "image) in source order: created, updated, unchanged, skipped with the reason, missing, failed.")
    @APIResponse(responseCode = "200", description = "A page of report lines",
            headers = { @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = ImportItemPage.class),
                    examples = @ExampleObject(name = "report", value = ImportExamples.ITEMS)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("editor")
    public RestResponse<Page<ImportItemView>> listImportItems(@PathParam("id") long id,
            @BeanParam PageParameters paging,
            @Parameter(description = "Only lines with this outcome", schema = @Schema(enumeration = { "created",
                    "updated", "unchanged", "skipped", "missing", "failed" }))
            @QueryParam("outcome") String outcome,
            @Context UriInfo uri) {
        if (outcome != null && !outcome.matches("created|updated|unchanged|skipped|missing|failed")) {
            throw ApiException.badParameter("outcome",
                    "outcome must be one of created, updated, unchanged, skipped, missing, failed");
        }
        return PagedResponse.of(imports.items(id, paging.toRequest(), outcome), uri);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Run an interrupted, failed or cancelled import again", description = "A new job on the "
            + "same file; what the first run wrote is found unchanged and not written twice. 409 while the job runs "
            + "(on any instance); 410 once its upload was deleted (kept for inkstone.import.keep-failed).")
    @APIResponse(responseCode = "202", description = "The new job, queued",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "wxr", value = ImportExamples.JOB)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "410", description = "The job's upload was deleted; upload the file again",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    @RolesAllowed("editor")
    public RestResponse<ImportJobView> retryImport(@PathParam("id") long id, @Context UriInfo uri) {
        return accepted(runner.retry(id), uri);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel an import", description = "A queued job never starts; a running job stops after the "
            + "item it is writing (every item is written whole or not at all), on whichever instance runs it. The "
            + "job's status becomes cancelled; once it has stopped, `processed` and `error` say where. Its upload is "
            + "kept for inkstone.import.keep-failed, so it can be retried.")
    @APIResponse(responseCode = "200", description = "The job, cancelled",
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "cancelled", value = ImportExamples.CANCELLED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("editor")
    public ImportJobView cancelImport(@PathParam("id") long id) {
        return runner.cancel(id);
    }

    private static RestResponse<ImportJobView> accepted(ImportJobView job, UriInfo uri) {
        return RestResponse.ResponseBuilder.create(Status.ACCEPTED, job)
                .location(uri.getBaseUriBuilder().path("api/v1/imports").path(Long.toString(job.id())).build())
                .build();
    }

    /** The report page body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "ImportItemPage")
    record ImportItemPage(java.util.List<ImportItemView> items, Page.PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
