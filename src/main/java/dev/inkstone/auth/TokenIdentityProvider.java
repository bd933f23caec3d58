package dev.inkstone.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a bearer token into an identity: the token's name as principal, its role and every role it includes, so
 * {@code @RolesAllowed("editor")} admits admins too. A token verified lately ({@link VerifiedTokens}) is answered
 * on the calling thread; otherwise the lookup is one indexed read of the token's hash, on a worker thread.
 */
@ApplicationScoped
class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final TokenService tokens;
    private final VerifiedTokens verified;

    TokenIdentityProvider(TokenService tokens, VerifiedTokens verified) {
        this.tokens = tokens;
        this.verified = verified;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String hash = TokenHashes.hash(request.getToken().getToken());
        Optional<TokenService.Holder> known = verified.holderOf(hash);
        if (known.isPresent()) {
            return Uni.createFrom().item(identity(known.get()));
        }
        return context.runBlocking(() -> {
            long revocations = verified.revocationsSeen();
            TokenService.Holder holder = tokens.holderOfHash(hash)
                    .orElseThrow(() -> new AuthenticationFailedException("The bearer token is not valid"));
            verified.remember(hash, holder, revocations);
            return identity(holder);
        });
    }

    private static SecurityIdentity identity(TokenService.Holder holder) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(holder.name()));
        for (Role role : Role.values()) {
            if (holder.role().includes(role)) {
                identity.addRole(role.wireName());
            }
        }
        return identity.build();
    }
}
