package dev.inkstone.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import dev.inkstone.common.error.TooManyAttempts;

/**
 * Reads {@code Authorization: Bearer <token>} for Quarkus security; {@link TokenIdentityProvider} checks the token.
 * No header is an anonymous caller; a header that is not a usable bearer token, or a token that is not ours, fails
 * authentication (401), even on public reads: a client with a wrong token must hear so rather than read less. An
 * address that failed too often recently is refused (429) before its token is looked at.
 */
@ApplicationScoped
class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Far longer than any token we issue (47 characters); a longer value is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 200;

    static final String CHALLENGE = "Bearer realm=\"inkstone\"";

    private final FailedTokenAttempts attempts;

    BearerTokenMechanism(FailedTokenAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        String address = FailedTokenAttempts.addressOf(context);
        Optional<Duration> wait = attempts.refusedFor(address);
        if (wait.isPresent()) {
            return Uni.createFrom().failure(TooManyAttempts.failure(wait.get(),
                    "Too many failed token attempts from this address; try again later"));
        }
        String token = bearerToken(header);
        if (token == null) {
            attempts.failed(address);
            return Uni.createFrom().failure(new AuthenticationFailedException("Authorization must be 'Bearer <token>'"));
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onFailure(AuthenticationFailedException.class).invoke(() -> attempts.failed(address));
    }

    private static String bearerToken(String header) {
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            return null;
        }
        String token = parts[1].strip();
        return token.isEmpty() || token.length() > MAX_TOKEN_LENGTH ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
