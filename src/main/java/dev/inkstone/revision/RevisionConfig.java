package dev.inkstone.revision;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Post history settings, under {@code inkstone.revisions}. */
@ConfigMapping(prefix = "inkstone.revisions")
public interface RevisionConfig {

    /** Revisions kept per post; a write past it deletes the oldest (INKSTONE_REVISIONS_KEEP). At least the newest. */
    @WithDefault("50")
    @Min(1)
    int keep();
}
