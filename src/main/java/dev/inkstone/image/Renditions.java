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

import io.quarkus.runtime.configuration.MemorySize;

import dev.inkstone.common.error.ApiException;

/**
 * Renditions made on first request and kept in the storage. Lazily, because most of the (widths × formats) an image
 * could have are never asked for, an upload then answers after one small decode, and a change of the configured
 * widths costs nothing until a width is requested. Guards keep that cheap: requests for the same rendition while
 * it is being made wait for that one piece of work (single flight); at most {@code max-concurrent-decodes} decodes
 * run at once, uploads included; and together they hold at most {@code decode-memory} of raster, so a burst of
 * large images cannot exhaust a small heap while small ones still decode side by side.
 */
@ApplicationScoped
class Renditions {

    private static final Pattern FILE = Pattern.compile("(original|w([1-9][0-9]{0,4}))\\.(jpg|png|gif|webp)");

    private static final long MB = 1 << 20;

    private final ImageStorage storage;
    private final ImageConfig config;
    private final Semaphore slots;
    /** The decode memory budget in MB permits; a decode takes its raster's size, at most all of them. */
    private final Semaphore memory;
    private final int memoryMb;
    private final Map<String, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();

    Renditions(ImageStorage storage, ImageConfig config) {
        this.storage = storage;
        this.config = config;
        this.slots = new Semaphore(Math.max(1, config.maxConcurrentDecodes()), true);
        long budget = config.decodeMemory().map(MemorySize::asLongValue)
                .orElse(Runtime.getRuntime().maxMemory() / 2);
        this.memoryMb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / MB));
        this.memory = new Semaphore(memoryMb, true);
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
                bytes = render(image, file);
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
        ImageFormat format = image.format();
        if (file.width() == 0) {
            // Edits the file's segments and chunks, decodes no pixels: no slot needed.
            return MetadataStripper.strip(source(image), format, image.orientation);
        }
        // Admitted by the size the record gives, before the source is read, so requests waiting for room hold no
        // image bytes in the heap.
        long rasterBytes = ImageCodec.Probe.of(format, image.width, image.height, image.orientation)
                .renderBytes(file.width());
        return decoding(rasterBytes, () -> {
            byte[] source = source(image);
            ImageCodec.Probe probe = ImageCodec.probe(source, format);
            BufferedImage picture = ImageCodec.render(source, probe, file.width(), false);
            float quality = file.format() == ImageFormat.WEBP ? config.webpQuality() : config.jpegQuality();
            return ImageCodec.encode(picture, file.format(), quality);
        });
    }

    private byte[] source(Image image) {
        byte[] source = storage.get(sourceKey(image.sha256));
        if (source == null) {
            throw ApiException.notFound("The image's bytes are missing from the storage");
        }
        return source;
    }

    /**
     * Runs a decode that holds about {@code rasterBytes} of heap in one of the bounded slots, once the memory budget
     * has room for it; 503 with Retry-After when that does not happen within {@code decode-wait}.
     */
    <T> T decoding(long rasterBytes, Supplier<T> work) {
        int cost = (int) Math.max(1, Math.min(memoryMb, (rasterBytes + MB - 1) / MB));
        long deadline = System.nanoTime() + config.decodeWait().toNanos();
        if (!acquire(slots, 1, deadline)) {
            throw busy();
        }
        try {
            if (!acquire(memory, cost, deadline)) {
                throw busy();
            }
            try {
                return work.get();
            } finally {
                memory.release(cost);
            }
        } finally {
            slots.release();
        }
    }

    private static boolean acquire(Semaphore semaphore, int permits, long deadline) {
        try {
            return semaphore.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ApiException busy() {
        return new ApiException(503, "busy", "Service Unavailable",
                "Every image decoding slot is busy; try again shortly", null, Map.of("Retry-After", "2"));
    }

    /** Slots free now; for tests and metrics. */
    int freeSlots() {
        return slots.availablePermits();
    }

    /** MB of the decode memory budget free now; for tests and metrics. */
    int freeMemoryMb() {
        return memory.availablePermits();
    }
}
