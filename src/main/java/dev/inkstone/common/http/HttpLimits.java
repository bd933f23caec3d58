package dev.inkstone.common.http;

import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** Body limits per kind of route, under {@code inkstone.http} (see application.properties for the env variables). */
@ConfigMapping(prefix = "inkstone.http")
public interface HttpLimits {

    /** JSON bodies (INKSTONE_MAX_BODY). */
    MemorySize maxBody();

    /** Multipart bodies, image uploads (INKSTONE_MAX_UPLOAD). */
    MemorySize maxMultipart();

    /** The longest request target (path and query) answered; longer is a 414 (INKSTONE_MAX_URI). */
    int maxUriLength();

    LargeUpload largeUpload();

    /** Routes that take large streamed uploads (imports). */
    interface LargeUpload {

        List<String> paths();

        MemorySize max();
    }
}
