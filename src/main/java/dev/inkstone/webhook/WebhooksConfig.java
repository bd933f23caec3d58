package dev.inkstone.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code inkstone.webhooks}. */
@ConfigMapping(prefix = "inkstone.webhooks")
public interface WebhooksConfig {

    /**
     * Allow targets that resolve to loopback, private, link-local or metadata addresses
     * (INKSTONE_WEBHOOKS_ALLOW_PRIVATE); for development and tests on one machine only.
     */
    @WithDefault("false")
    boolean allowPrivate();

    /** How often each instance reads the log, fires due scheduled posts and sends due deliveries. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The whole exchange, connect to the last byte of the (at most 1 KB kept) response. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** The first retry's delay; each later one doubles it, up to maxRetryInterval, with ±20 % jitter. */
    @WithDefault("30s")
    Duration firstRetry();

    @WithDefault("1h")
    Duration maxRetryInterval();

    /** How long a delivery is retried before it is marked failed. */
    @WithDefault("24h")
    Duration retryFor();

    /** A webhook whose every delivery failed for this long is deactivated. */
    @WithDefault("3d")
    Duration deactivateAfter();

    /**
     * How long a claimed delivery is reserved for the instance sending it; an instance that dies mid-send leaves it
     * to another (or itself after a restart) once this passes. Longer than requestTimeout.
     */
    @WithDefault("1m")
    Duration claimLease();

    /**
     * How long a finished delivery (delivered, or failed after retrying) stays in its webhook's delivery list
     * (INKSTONE_WEBHOOKS_KEEP_DELIVERIES). The list is recent history for debugging a receiver, not an archive, and a
     * busy webhook writes a row per change.
     */
    @WithDefault("30d")
    Duration keepDeliveries();

    /** Deliveries one instance sends at once. */
    @WithDefault("16")
    int batchSize();
}
