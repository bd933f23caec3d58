package dev.inkstone.auth;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** Makes sure a fresh instance can be administered: the admin token from INKSTONE_ADMIN_TOKEN, or a random one. */
@Singleton
class AdminTokenBootstrap {

    void onStart(@Observes StartupEvent event, TokenService tokens, AuthConfig config) {
        Optional<String> configured = config.adminToken();
        String value = configured.filter(v -> !v.isBlank()).orElseGet(TokenHashes::newToken);
        if (!tokens.bootstrap(value)) {
            return;
        }
        if (configured.isPresent()) {
            Log.info("Created the admin token from INKSTONE_ADMIN_TOKEN");
        } else {
            // API contract: with no configured token, the generated one is shown exactly once, here.
            Log.warnf("Generated admin token (shown once, store it now): %s", value);
        }
    }
}
