package dev.inkstone.webhook;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.inkstone.common.http.Created;
import dev.inkstone.common.http.MediaTypes;
import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.http.Preconditions;
import dev.inkstone.common.json.MergePatcher;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;

/** Webhook administration; every operation needs an admin token. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed("admin")
public class WebhookResource {

    private final WebhookService webhooks;
    private final MergePatcher patcher;
    private final Preconditions preconditions;

    WebhookResource(WebhookService webhooks, MergePatcher patcher, Preconditions preconditions) {
        this.webhooks = webhooks;
        this.patcher = patcher;
        this.preconditions = preconditions;
    }

    @GET
    @Operation(summary = "List webhooks", description = "Oldest first; at most 100 exist. Secrets are never shown "
            + "again.")
    @APIResponse(responseCode = "200", description = "All webhooks",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<WebhookView> listWebhooks() {
        return webhooks.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a webhook", description = "The answer holds the signing secret, the only time it "
            + "is shown. The webhook hears of changes committed after it was created. A url whose host resolves to a "
            + "loopback, private, link-local or metadata address is refused (422 naming url) unless the server runs "
            + "with INKSTONE_WEBHOOKS_ALLOW_PRIVATE=true.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "chinese", value = WebhookExamples.INPUT),
            @ExampleObject(name = "english", value = WebhookExamples.INPUT_EN) }))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "chinese", value = WebhookExamples.CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<WebhookView> createWebhook(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
        WebhookView created = webhooks.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook")
    @APIResponse(responseCode = "200", description = "The webhook, without its secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class), examples = {
                    @ExampleObject(name = "english", value = WebhookExamples.WEBHOOK_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView getWebhook(@PathParam("id") long id) {
        return webhooks.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a webhook", description = "An RFC 7396 merge patch over url, "
            + "events, active and coalesceSeconds; the result must be valid as a whole. active: true switches a "
            + "deactivated webhook back on.")
    @RequestBody(content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON, schema = @Schema(ref = "WebhookPatch"),
            examples = { @ExampleObject(name = "reactivate", value = "{\"active\": true}"),
                    @ExampleObject(name = "chinese", value = "{\"url\": \"https://hooks.example.cn/重建\"}") }))
    @APIResponse(responseCode = "200", description = "The webhook as stored",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView patchWebhook(@PathParam("id") long id, byte[] patch) {
        var parsed = patcher.parse(patch);
        return webhooks.patch(id, current -> patcher.apply(current, parsed, WebhookInput.class),
                preconditions.fromRequest());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "Its deliveries, sent or not, go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void deleteWebhook(@PathParam("id") long id) {
        webhooks.delete(id, preconditions.fromRequest());
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate a webhook's secret", description = "Deliveries sent from now on are signed with the "
            + "new secret, shown in this answer only.")
    @APIResponse(responseCode = "200", description = "The webhook with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "chinese", value = WebhookExamples.CREATED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView rotateWebhookSecret(@PathParam("id") long id) {
        return webhooks.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "List a webhook's deliveries", description = "Newest first: when, which events, how the "
            + "latest attempt went (status code, duration, error, the first 1 KB of the answer), and the attempt "
            + "count. Each POST body is a WebhookPayload, signed in the Inkstone-Signature header.")
    @APIResponse(responseCode = "200", description = "A page of deliveries", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link") },
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<Page<DeliveryView>> listWebhookDeliveries(@PathParam("id") long id,
            @BeanParam PageParameters paging, @Context UriInfo uri) {
        return PagedResponse.of(webhooks.deliveries(id, paging.toRequest()), uri);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again", description = "Queues its changes as a new delivery, due at once.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(
            schema = @Schema(implementation = DeliveryView.class), examples = {
                    @ExampleObject(name = "chinese", value = WebhookExamples.DELIVERY),
                    @ExampleObject(name = "english", value = WebhookExamples.DELIVERY_EN) }))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<DeliveryView> redeliverWebhookDelivery(@PathParam("id") long id,
            @PathParam("deliveryId") long deliveryId) {
        return accepted(webhooks.redeliver(id, deliveryId));
    }

    @POST
    @Path("/{id}/ping")
    @Operation(summary = "Ping a webhook", description = "Queues a delivery whose one change has the event ping, due "
            + "at once; see its outcome in the deliveries. An inactive webhook's deliveries wait until it is active.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(
            schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<DeliveryView> pingWebhook(@PathParam("id") long id) {
        return accepted(webhooks.ping(id));
    }

    /** Queued only: every instance's dispatcher sends due deliveries on its next tick (INKSTONE_WEBHOOKS_POLL). */
    private static RestResponse<DeliveryView> accepted(DeliveryView queued) {
        return RestResponse.ResponseBuilder.create(Status.ACCEPTED, queued).build();
    }

    /** The list body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "DeliveryPage")
    record DeliveryPage(List<DeliveryView> items, Page.PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor) {
    }
}
