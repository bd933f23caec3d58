package dev.inkstone.image;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.error.ApiException;
import io.quarkus.runtime.configuration.MemorySize;

/** Single flight and the decode bound, on a real filesystem storage that counts what is written to it. */
@DatabaseIndependent
class RenditionsTest {

    @TempDir
    Path directory;

    /** The filesystem storage, counting writes of renditions. */
    static final class CountingStorage extends FileImageStorage {
        final AtomicInteger mediaWrites = new AtomicInteger();

        CountingStorage(Path root) {
            super(root);
        }

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            if (key.startsWith("media/")) {
                mediaWrites.incrementAndGet();
            }
            super.put(key, bytes, contentType);
        }
    }

    @Test
    void concurrentFirstRequestsMakeOneRenditionOnce() throws Exception {
        CountingStorage storage = new CountingStorage(directory);
        Renditions renditions = new Renditions(storage, config(2, Duration.ofSeconds(30)));
        byte[] source = GeneratedImages.named(GeneratedImages.PHOTO_JPEG);
        Image image = new Image();
        image.sha256 = ImageService.sha256(source);
        image.mimeType = "image/jpeg";
        image.orientation = 1;
        image.width = 1280;
        image.height = 960;
        storage.put(Renditions.sourceKey(image.sha256), source, "image/jpeg");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<byte[]>) () -> {
                    start.await();
                    return renditions.make(image, Renditions.FileName.parse("w640.webp"));
                }));
            }
            start.countDown();
            byte[] first = results.get(0).get();
            for (Future<byte[]> result : results) {
                assertArrayEquals(first, result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, storage.mediaWrites.get(), "eight concurrent requests, one rendition made");
        assertArrayEquals(renditions.stored(image.sha256, "w640.webp"),
                Files.readAllBytes(directory.resolve("media").resolve(image.sha256).resolve("w640.webp")));
    }

    @Test
    void boundsConcurrentDecodesAndAnswers503WhenNoSlotFreesUp() throws Exception {
        Renditions renditions = new Renditions(new FileImageStorage(directory), config(2, Duration.ofMillis(300)));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<ApiException> refusals = new CopyOnWriteArrayList<>();
        // The decodes that got a slot hold it until the test has seen the others refused after their 300 ms.
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    try {
                        return renditions.decoding(1 << 20, () -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            awaitQuietly(release);
                            running.decrementAndGet();
                            return null;
                        });
                    } catch (ApiException busy) {
                        refusals.add(busy);
                        return null;
                    }
                }));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> refusals.size() == 4);
            release.countDown();
            for (Future<Object> result : results) {
                result.get();
            }
            for (ApiException busy : refusals) {
                assertEquals(503, busy.status());
                assertEquals("2", busy.headers().get("Retry-After"));
            }
            assertEquals(2, most.get(), "at most two decodes at once");
            assertEquals(4, refusals.size(), "the four that waited 300 ms for a held slot were told to retry");
        } finally {
            pool.shutdown();
        }
        assertEquals(2, renditions.freeSlots());
        assertThrows(ApiException.class, () -> renditions.make(new Image() {
            {
                sha256 = "0".repeat(64);
                mimeType = "image/png";
            }
        }, Renditions.FileName.parse("w320.png")), "a source missing from the storage is a 404, not a crash");
        assertTrue(renditions.freeSlots() == 2);
    }

    @Test
    void largeDecodesTakeTurnsWithinTheMemoryBudgetWhileSmallOnesShareIt() throws Exception {
        Renditions renditions = new Renditions(new FileImageStorage(directory),
                config(4, Duration.ofSeconds(30), 100L << 20));
        assertEquals(100, renditions.freeMemoryMb());
        assertEquals(1, mostAtOnce(renditions, 60L << 20, 4), "two 60 MB rasters never share a 100 MB budget");
        assertEquals(4, mostAtOnce(renditions, 20L << 20, 4), "four 20 MB rasters fit at once (slots: 4)");
        assertEquals(3, mostAtOnce(renditions, 30L << 20, 4), "three 30 MB rasters fit, the fourth waits");
        assertEquals(100, renditions.freeMemoryMb(), "every MB given back");
        assertEquals(4, renditions.freeSlots());
    }

    @Test
    void aDecodeLargerThanTheWholeBudgetStillRunsAlone() throws Exception {
        Renditions renditions = new Renditions(new FileImageStorage(directory),
                config(4, Duration.ofSeconds(30), 10L << 20));
        assertEquals(1, mostAtOnce(renditions, 64L << 20, 3));
        assertEquals(10, renditions.freeMemoryMb(), "every MB given back");
    }

    @Test
    void theBudgetDefaultsToHalfTheMaximumHeap() {
        Renditions renditions = new Renditions(new FileImageStorage(directory), config(2, Duration.ofSeconds(1)));
        assertEquals(Runtime.getRuntime().maxMemory() / 2 / (1 << 20), renditions.freeMemoryMb());
    }

    @Test
    void aRenditionCountsTheSubsampledRasterNotTheSource() {
        ImageCodec.Probe probe = new ImageCodec.Probe(ImageFormat.JPEG, 4032, 3024, 1, false);
        assertEquals(2L * 4 * 4032 * 3024, probe.renderBytes(1920), "w1920 decodes every pixel");
        assertEquals(2L * 4 * 1344 * 1008, probe.renderBytes(640), "w640 decodes every third");
        assertTrue(probe.renderBytes(64) < (1 << 20), "the upload's 64-px check decodes a few KB");
        assertEquals(probe, ImageCodec.Probe.of(ImageFormat.JPEG, 4032, 3024, 1), "a record implies the same");
        assertEquals(new ImageCodec.Probe(ImageFormat.JPEG, 4032, 3024, 6, false),
                ImageCodec.Probe.of(ImageFormat.JPEG, 3024, 4032, 6),
                "a portrait record of landscape bytes (EXIF 6) counts the raster as stored");
    }

    /**
     * Runs {@code n} decodes of {@code bytes} each at once; how many ran side by side at most. Each decode holds its
     * room until the test lets one go, which it does only once every task is either decoding or waiting for room, so
     * the count seen is the most the budget admits.
     */
    private static int mostAtOnce(Renditions renditions, long bytes, int n) throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger arrived = new AtomicInteger();
        Semaphore letGo = new Semaphore(0);
        List<Thread> workers = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    workers.add(Thread.currentThread());
                    start.await();
                    arrived.incrementAndGet();
                    Object done = renditions.decoding(bytes, () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        letGo.acquireUninterruptibly();
                        running.decrementAndGet();
                        return null;
                    });
                    workers.remove(Thread.currentThread());
                    return done;
                }));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> workers.size() == n);
            start.countDown();
            for (int i = 0; i < n; i++) {
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5))
                        .until(() -> arrived.get() == n && running.get() > 0 && workers.stream().allMatch(RenditionsTest::parked));
                letGo.release();
            }
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        return most.get();
    }

    /** Blocked on a lock or latch: decoding and held by the test, or waiting for decode room. */
    private static boolean parked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || !thread.isAlive();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never released the decode");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ImageConfig config(int slots, Duration wait) {
        return config(slots, wait, 0);
    }

    /** {@code memoryBytes} 0: the default budget. */
    static ImageConfig config(int slots, Duration wait, long memoryBytes) {
        return new ImageConfig() {
            public Optional<MemorySize> decodeMemory() {
                return memoryBytes == 0 ? Optional.empty()
                        : Optional.of(new MemorySize(java.math.BigInteger.valueOf(memoryBytes)));
            }

            public MemorySize maxBytes() {
                return new MemorySize(java.math.BigInteger.valueOf(20L << 20));
            }

            public long maxPixels() {
                return 50_000_000;
            }

            public List<Integer> widths() {
                return List.of(320, 640, 960, 1280, 1920);
            }

            public int maxConcurrentDecodes() {
                return slots;
            }

            public Duration decodeWait() {
                return wait;
            }

            public float jpegQuality() {
                return 0.82f;
            }

            public float webpQuality() {
                return 0.8f;
            }

            public Optional<String> publicUrl() {
                return Optional.empty();
            }

            public String storage() {
                return "filesystem";
            }

            public String directory() {
                return "unused";
            }

            public S3 s3() {
                return null;
            }
        };
    }
}
