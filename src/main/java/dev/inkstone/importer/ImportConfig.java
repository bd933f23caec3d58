package dev.inkstone.importer;

import java.nio.file.Path;
import java.time.Duration;
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

    /**
     * The largest Markdown file an import reads, on disk or inflated from a zip; a larger one is a report line, never
     * read into memory (a 150 MB post filled a 96 MB heap).
     */
    @WithDefault("8M")
    MemorySize maxFile();

    /**
     * The longest text of one XML element (WXR) or one JSON string (Inkstone exports), in characters: a reader holds one
     * such text in memory, so a longer one fails the job instead of filling the heap.
     */
    @WithDefault("16M")
    MemorySize maxText();

    /** How often an instance refreshes the heartbeat of the jobs it runs. */
    @WithDefault("10s")
    Duration heartbeat();

    /**
     * How long a job's owner may miss heartbeats before another instance (or a restart) marks the job interrupted;
     * three heartbeats by default, so a slow heartbeat is not taken for a dead instance.
     */
    @WithDefault("30s")
    Duration staleAfter();

    /** How long the upload of a failed, cancelled or interrupted job is kept for a retry. */
    @WithDefault("P7D")
    Duration keepFailed();

    /** How often the uploads kept past {@code keep-failed} are looked for and deleted. */
    @WithDefault("1h")
    Duration retentionInterval();

    /**
     * Allow importing from WordPress sites that resolve to loopback, private, link-local or metadata addresses
     * (INKSTONE_IMPORT_ALLOW_PRIVATE); for a WordPress on the same machine or network, never for a public server.
     */
    @WithDefault("false")
    boolean allowPrivate();

    WordPress wordpress();

    /**
     * How many posts one transaction writes. A batch shares its commit, its lookups and its counter updates; when any
     * of its posts fails, the batch is rolled back and written again one post per transaction, so a failing post is
     * reported and the others are kept. 1 writes every post alone.
     */
    @WithDefault("50")
    int batchSize();

    Zip zip();

    /** Reading a live WordPress over its REST API (POST /api/v1/imports/wordpress). */
    interface WordPress {
        /** Items per REST page; 100 is the most WordPress gives. */
        @WithDefault("100")
        int perPage();

        /** The most pages read of one list (posts, media, terms): 1,000 pages of 100 is 100,000 posts. */
        @WithDefault("1000")
        int maxPages();

        @WithDefault("10s")
        Duration connectTimeout();

        /** One whole request, headers to the last byte of the body. */
        @WithDefault("60s")
        Duration requestTimeout();
    }

    /**
     * Bounds on every entry of a zip whatever its format (WXR, JSON, Markdown, images), checked while it inflates,
     * against zip bombs. Markdown entries are also held to {@code max-file}, images to the image limit.
     */
    interface Zip {
        @WithDefault("20000")
        int maxEntries();

        /** The most one entry may inflate to. */
        @WithDefault("1G")
        MemorySize maxEntryBytes();

        /** The most all entries of one zip may inflate to together. */
        @WithDefault("2G")
        MemorySize maxTotalBytes();

        /** The most an entry may inflate relative to its compressed size, checked once it passes 1 MiB. */
        @WithDefault("100")
        int maxRatio();
    }
}
