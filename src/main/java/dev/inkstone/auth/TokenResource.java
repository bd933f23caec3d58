package dev.inkstone.auth;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.inkstone.common.http.Created;

/** Token administration; every operation needs an admin token. */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class TokenResource {

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @Operation(summary = "List tokens", description = "Names and roles only; token values are never shown again.")
    @APIResponse(responseCode = "200", description = "All tokens, oldest first (at most 1000 exist)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @RolesAllowed("admin")
    public List<TokenView> listTokens() {
        return tokens.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a token", description = "The answer holds the token value, the only time it is "
            + "shown. Roles: reader (reads drafts), editor (writes content), admin (manages tokens).")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = TokenCreated.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("admin")
    public RestResponse<TokenCreated> createToken(@Valid @NotNull TokenInput input, @Context UriInfo uri) {
        TokenCreated created = tokens.create(input);
        return Created.at(uri.getAbsolutePathBuilder(), created.id(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token", description = "The last admin token cannot be revoked (409). The token "
            + "stops working at once on the instance that revoked it; other instances of the same deployment may "
            + "accept it until their verification of it expires (inkstone.auth.verified-token-ttl, 5 s by default).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("admin")
    public void deleteToken(@PathParam("id") long id) {
        tokens.delete(id);
    }
}
