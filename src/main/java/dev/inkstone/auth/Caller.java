package dev.inkstone.auth;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.vertx.core.http.HttpServerRequest;

import dev.inkstone.common.error.ApiException;

/**
 * Who is calling, from the request's bearer token. Resolved lazily, so anonymous reads of published content never
 * touch the token table; a token that is present but unknown is a 401 even on public reads.
 */
@RequestScoped
public class Caller {

    private final HttpServerRequest request;
    private final TokenService tokens;
    private Optional<Role> role;

    Caller(HttpServerRequest request, TokenService tokens) {
        this.request = request;
        this.tokens = tokens;
    }

    public boolean presentsToken() {
        return request.getHeader("Authorization") != null;
    }

    public Optional<Role> role() {
        if (role == null) {
            role = resolve(request.getHeader("Authorization"));
        }
        return role;
    }

    /** Whether drafts and scheduled posts are visible to this caller. */
    public boolean mayReadDrafts() {
        return role().map(r -> r.includes(Role.READER)).orElse(false);
    }

    public void require(Role needed) {
        Role actual = role().orElseThrow(() -> ApiException.unauthorized("This request needs a bearer token"));
        if (!actual.includes(needed)) {
            throw ApiException.forbidden("This request needs a token with the " + needed.wireName() + " role");
        }
    }

    private Optional<Role> resolve(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()
                || parts[1].length() > 200) {
            throw ApiException.unauthorized("Authorization must be 'Bearer <token>'");
        }
        return Optional.of(tokens.roleOf(parts[1].strip())
                .orElseThrow(() -> ApiException.unauthorized("The bearer token is not valid")));
    }
}
