package dev.inkstone.cache;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code inkstone.cache}. */
@ConfigMapping(prefix = "inkstone.cache")
public interface CacheConfig {

    /** How often the content version and next publication time are read (INKSTONE_CACHE_POLL). */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Public answers kept at most. */
    @WithDefault("10000")
    @Min(1)
    int maxEntries();

    /** Bytes of public answers kept at most; default a quarter of the maximum heap. */
    Optional<MemorySize> maxSize();
}
