package dev.inkstone.instance;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How instances make themselves known to each other, under {@code inkstone.instance}. */
@ConfigMapping(prefix = "inkstone.instance")
public interface InstanceConfig {

    /** How often an instance refreshes its row. */
    @WithDefault("30s")
    Duration heartbeat();

    /** How long an instance may miss heartbeats before the others take it for gone; three heartbeats. */
    @WithDefault("90s")
    Duration staleAfter();
}
