package dev.inkstone.auth;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under inkstone.auth. */
@ConfigMapping(prefix = "inkstone.auth")
public interface AuthConfig {

    /** The first admin token of an empty database (INKSTONE_ADMIN_TOKEN); absent, one is generated and logged. */
    Optional<String> adminToken();

    /**
     * How long this instance trusts a token it verified without reading it again (INKSTONE_AUTH_VERIFIED_TOKEN_TTL;
     * 0 reads it on every request). A token revoked through another instance is accepted here until then.
     */
    @WithDefault("5s")
    Duration verifiedTokenTtl();

    /** Throttling of failed token attempts per client address. */
    FailedAttempts failedAttempts();

    interface FailedAttempts {

        /** Failures an address may make in one window before it is refused (INKSTONE_AUTH_MAX_FAILURES). */
        @WithDefault("20")
        @Min(1)
        int max();

        /** The window, from an address's first failure (INKSTONE_AUTH_FAILURE_WINDOW). */
        @WithDefault("1m")
        Duration window();

        /** Addresses tracked at once; the least recently failing ones are forgotten first. */
        @WithDefault("100000")
        @Min(100)
        @Max(10_000_000)
        int trackedAddresses();
    }
}
