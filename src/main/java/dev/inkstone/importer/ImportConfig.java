package dev.inkstone.importer;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Import settings, under {@code inkstone.import}. */
@ConfigMapping(prefix = "inkstone.import")
public interface ImportConfig {

    /** Where uploaded files wait for their job; a job's file is removed when it completes. */
    @WithDefault("data/imports")
    Path workDir();

    /** The folder server-side imports ({@code "path"} in the request) may read below; absent disables them. */
    Optional<Path> allowedPath();

    /** The largest upload POST /api/v1/imports takes (streamed to disk); the HTTP layer enforces it. */
    @WithDefault("512M")
    MemorySize maxUpload();

    /** The zone of front matter and WordPress dates written without an offset. */
    @WithDefault("UTC")
    ZoneId defaultZone();

    Zip zip();

    /** Bounds on zip uploads against zip bombs. */
    interface Zip {
        @WithDefault("20000")
        int maxEntries();

        @WithDefault("10485760")
        long maxEntryBytes();

        @WithDefault("2147483648")
        long maxTotalBytes();
    }
}
