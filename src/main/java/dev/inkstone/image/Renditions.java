package dev.inkstone.image;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.common.error.ApiException;

/**
 * Renditions made on first request and kept in the storage. Lazily, because most of the (widths × formats) an image
 * could have are never asked for, an upload then answers after one small decode, and a change of the configured
 * widths costs nothing until a width is requested. Two guards keep that cheap: requests for the same rendition
 * while it is being made wait for that one piece of work (single flight), and at most
 * {@code max-concurrent-decodes} decodes run at once, uploads included, so a burst cannot exhaust the heap.
 */
@ApplicationScoped
class Renditions {

    private static final Pattern FILE = Pattern.compile("(original|w([1-9][0-9]{0,4}))\\.(jpg|png|gif|webp)");

    private final ImageStorage storage;
    private final ImageConfig config;
    private final Semaphore slots;
    private final Map<String, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();

    Renditions(ImageStorage storage, ImageConfig config) {
        this.storage = storage;
        this.config = config;
        this.slots = new Semaphore(Math.max(1, config.maxConcurrentDecodes()), true);
    }

    /** A file name's parts, or null for a name no image can have. */
    record FileName(String name, int width, ImageFormat format) {

        static FileName parse(String file) {
            Matcher m = FILE.matcher(file);
            if (!m.matches()) {
                return null;
            }
            return new FileName(file, m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    ImageFormat.ofExtension(m.group(3)));
        }
    }

    static String sourceKey(String sha256) {
        return "sources/" + sha256;
    }

    static String mediaKey(String sha256) {
        return "media/" + sha256;
    }

    /** The stored bytes of a rendition, or null when it has not been made yet. */
    byte[] stored(String sha256, String file) {
        return storage.get(mediaKey(sha256) + "/" + file);
    }

    /** Makes (once, however many ask at the same moment) and stores a rendition of the image. */
    byte[] make(Image image, FileName file) {
        String key = mediaKey(image.sha256) + "/" + file.name();
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        try {
            // Another request may have finished it between our storage miss and taking the flight.
            byte[] bytes = storage.get(key);
            if (bytes == null) {
                bytes = decoding(() -> render(image, file));
                storage.put(key, bytes, file.format().mimeType());
            }
            mine.complete(bytes);
            return bytes;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private byte[] render(Image image, FileName file) {
        byte[] source = storage.get(sourceKey(image.sha256));
        if (source == null) {
            throw ApiException.notFound("The image's bytes are missing from the storage");
        }
        ImageFormat format = image.format();
        if (file.width() == 0) {
            return MetadataStripper.strip(source, format, image.orientation);
        }
        ImageCodec.Probe probe = ImageCodec.probe(source, format);
        BufferedImage picture = ImageCodec.render(source, probe, file.width(), false);
        float quality = file.format() == ImageFormat.WEBP ? config.webpQuality() : config.jpegQuality();
        return ImageCodec.encode(picture, file.format(), quality);
    }

    /** Runs a decode in one of the bounded slots; 503 with Retry-After when none frees up in time. */
    <T> T decoding(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(config.decodeWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ApiException(503, "busy", "Service Unavailable",
                    "Every image decoding slot is busy; try again shortly", null, Map.of("Retry-After", "2"));
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Slots free now; for tests and metrics. */
    int freeSlots() {
        return slots.availablePermits();
    }
}
