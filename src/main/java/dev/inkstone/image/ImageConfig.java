package dev.inkstone.image;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code inkstone.images}. */
@ConfigMapping(prefix = "inkstone.images")
public interface ImageConfig {

    /** Largest upload accepted; larger is a 413. */
    @WithDefault("20M")
    MemorySize maxBytes();

    /** Largest width × height accepted, checked from the header before decoding; larger is a 422. */
    @WithDefault("50000000")
    long maxPixels();

    /** Widths of the resized variants; an image gets those below its own width, and its own when below the top. */
    @WithDefault("320,640,960,1280,1920")
    List<Integer> widths();

    /** Decodes (uploads and variant generation) running at once; each may hold a few tens of MB of raster. */
    @WithDefault("2")
    int maxConcurrentDecodes();

    /**
     * Heap the decodes running at once may hold together, each counted by its raster size, so large images decode
     * one at a time and small ones side by side; default half the JVM's maximum heap. One decode larger than this
     * still runs, alone.
     */
    Optional<MemorySize> decodeMemory();

    /** How long a request waits for a decode slot before it is answered 503 with Retry-After. */
    @WithDefault("20s")
    Duration decodeWait();

    @WithDefault("0.82")
    float jpegQuality();

    @WithDefault("0.80")
    float webpQuality();

    /** Prefix of the media URLs in image JSON, e.g. https://cdn.example.com; relative paths when absent. */
    Optional<String> publicUrl();

    /** filesystem (default) or s3. */
    @WithDefault("filesystem")
    String storage();

    /** Root of the filesystem storage. */
    @WithDefault("data/images")
    String directory();

    S3 s3();

    /** Any S3-compatible object store. */
    interface S3 {
        Optional<String> bucket();

        /** The store's address; AWS itself when absent. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** bucket in the path (MinIO, S3Proxy, most self-hosted stores) rather than in the host name. */
        @WithDefault("false")
        boolean pathStyle();

        /** Static credentials; without them the SDK's default chain (environment, profile, instance role). */
        Optional<String> accessKey();

        Optional<String> secretKey();
    }
}
