package dev.inkstone.importer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.concurrent.SerialWorker;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.item.ImportedSite;
import dev.inkstone.importer.source.BadImportFile;
import dev.inkstone.importer.source.ItemSink;
import dev.inkstone.post.PostStatus;

/** The reader a bounded queue ahead of the writer: order, both sides' failures, and what the queue may hold. */
@DatabaseIndependent
class ReadAheadTest {

    // No timers here, so no Vert.x.
    private final SerialWorker lane = new SerialWorker(null);

    @AfterEach
    void stop() throws InterruptedException {
        lane.stop(Duration.ofSeconds(5));
    }

    @Test
    void everyCallReachesTheWriterInOrderOnTheJobsThreadWhileTheReaderRunsOnAnother() throws Exception {
        Recording writer = new Recording();
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        ReadAhead.run(lane, sink -> {
            readerThread.set(Thread.currentThread());
            sink.total(3);
            sink.tag("t1", new ImportedPost.TermRef("芯片", "chips"), null);
            for (int i = 0; i < 500; i++) {
                sink.post(post("p" + i, 10));
            }
            sink.skip("post", "p-x", "x", "password-protected");
        }, writer);
        assertNotSame(Thread.currentThread(), readerThread.get());
        assertEquals(503, writer.calls.size());
        assertEquals("total 3", writer.calls.get(0));
        assertEquals("tag t1", writer.calls.get(1));
        for (int i = 0; i < 500; i++) {
            assertEquals("post p" + i, writer.calls.get(i + 2));
        }
        assertEquals("skip p-x", writer.calls.get(502));
        assertTrue(writer.threads.stream().allMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void theReadersFailureComesAfterWhatItSentBeforeIt() {
        Recording writer = new Recording();
        BadImportFile thrown = new BadImportFile("not well-formed XML at line 7");
        BadImportFile caught = assertThrows(BadImportFile.class, () -> ReadAhead.run(lane, sink -> {
            sink.post(post("p1", 10));
            sink.post(post("p2", 10));
            throw thrown;
        }, writer));
        assertSame(thrown, caught);
        assertEquals(List.of("post p1", "post p2"), writer.calls);
    }

    @Test
    void anErrorInTheReaderIsThrownAsItself() {
        assertThrows(StackOverflowError.class, () -> ReadAhead.run(lane, sink -> {
            throw new StackOverflowError();
        }, new Recording()));
        assertThrows(IOException.class, () -> ReadAhead.run(lane, sink -> {
            throw new IOException("gone");
        }, new Recording()));
    }

    @Test
    void aWriterThatStopsStopsTheReaderAtItsNextCallAndTheJobWaitsForIt() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean readerEnded = new AtomicBoolean();
        Recording writer = new Recording() {
            @Override
            public void post(ImportedPost post) {
                super.post(post);
                if (calls.size() == 3) {
                    throw new JobStop("cancelled", "cancelled");
                }
            }
        };
        JobStop stop = assertThrows(JobStop.class, () -> ReadAhead.run(lane, sink -> {
            try {
                for (int i = 0; i < 100_000; i++) {
                    sink.post(post("p" + i, 10));
                    sent.incrementAndGet();
                }
            } finally {
                readerEnded.set(true);
            }
        }, writer));
        assertEquals("cancelled", stop.status);
        assertTrue(readerEnded.get(), "the job returned while its reader still ran");
        assertEquals(3, writer.calls.size());
        assertTrue(sent.get() <= 3 + ReadAhead.MAX_ITEMS + 1, "the reader went on: " + sent.get());
        // The lane is free for the next job's reader.
        ReadAhead.run(lane, sink -> sink.total(1), new Recording());
    }

    @Test
    void aJobInterruptedWhileWaitingForItsReaderEndsWithoutIt() throws Exception {
        // The server stopping interrupts the job's thread; a reader stuck in a slow read must not hold it.
        CountDownLatch readerStarted = new CountDownLatch(1);
        CountDownLatch releaseReader = new CountDownLatch(1);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                ReadAhead.run(lane, sink -> {
                    readerStarted.countDown();
                    releaseReader.await(60, TimeUnit.SECONDS);
                }, new Recording());
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        job.start();
        assertTrue(readerStarted.await(10, TimeUnit.SECONDS));
        job.interrupt();
        job.join(5_000);
        assertTrue(!job.isAlive() && ended.get() instanceof InterruptedException, String.valueOf(ended.get()));
        releaseReader.countDown();
    }

    @Test
    void theReaderIsAtMostOneQueueOfCallsAhead() throws Exception {
        assertEquals(ReadAhead.MAX_ITEMS + 1, sentWhileTheWriterWaits(10));
    }

    @Test
    void theReaderIsAtMostAMillionCharactersOfTextAhead() throws Exception {
        // 300,000 characters each: three wait in the queue beside the one the writer holds.
        assertEquals(4, sentWhileTheWriterWaits(300_000));
    }

    @Test
    void aPostLargerThanTheWholeBudgetStillPassesAlone() throws Exception {
        Recording writer = new Recording();
        ReadAhead.run(lane, sink -> {
            sink.post(post("small", 10));
            sink.post(post("huge", (int) ReadAhead.MAX_CHARS * 2));
            sink.post(post("after", 10));
        }, writer);
        assertEquals(List.of("post small", "post huge", "post after"), writer.calls);
    }

    /**
     * How many posts of {@code chars} characters the reader has sent once it waits for room, while the writer is held
     * in its first call.
     */
    private int sentWhileTheWriterWaits(int chars) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        AtomicInteger sent = new AtomicInteger();
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        AtomicInteger atRelease = new AtomicInteger();
        Recording writer = new Recording() {
            @Override
            public void post(ImportedPost post) {
                super.post(post);
                if (calls.size() == 1) {
                    writing.countDown();
                    awaitQuietly(release);
                }
            }
        };
        Thread job = new Thread(() -> {
            try {
                ReadAhead.run(lane, sink -> {
                    readerThread.set(Thread.currentThread());
                    for (int i = 0; i < 200; i++) {
                        sink.post(post("p" + i, chars));
                        sent.incrementAndGet();
                    }
                }, writer);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        job.start();
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        // The reader fills the queue and then waits on it; spin (no sleep) until it does.
        Instant deadline = Instant.now().plusSeconds(10);
        while (readerThread.get() == null || readerThread.get().getState() != Thread.State.WAITING) {
            assertTrue(Instant.now().isBefore(deadline), "the reader never waited for room");
            Thread.onSpinWait();
        }
        atRelease.set(sent.get());
        release.countDown();
        job.join(10_000);
        assertEquals(200, writer.calls.size());
        return atRelease.get();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ImportedPost post(String key, int chars) {
        return new ImportedPost(key, key, key, PostStatus.PUBLISHED, Instant.parse("2026-12-07T00:00:00Z"),
                "字".repeat(chars), null, List.of(), List.of(), List.of(), null, null, List.of());
    }

    /** A writer that notes each call and the thread it came on. */
    private static class Recording implements ItemSink {
        final List<String> calls = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        private void note(String call) {
            calls.add(call);
            threads.add(Thread.currentThread());
        }

        @Override
        public void total(int items) {
            note("total " + items);
        }

        @Override
        public void category(String sourceKey, List<ImportedPost.TermRef> path, String description,
                ImportedSeo seo) {
            note("category " + sourceKey);
        }

        @Override
        public void tag(String sourceKey, ImportedPost.TermRef tag, String description, ImportedSeo seo) {
            note("tag " + sourceKey);
        }

        @Override
        public void site(ImportedSite site) {
            note("site");
        }

        @Override
        public void author(ImportedAuthor author) {
            note("author " + author.sourceKey());
        }

        @Override
        public void post(ImportedPost post) {
            note("post " + post.sourceKey());
        }

        @Override
        public void page(ImportedPage page) {
            note("page " + page.sourceKey());
        }

        @Override
        public void attachment(String sourceKey, String title, String url, ImageMeta meta) {
            note("attachment " + sourceKey);
        }

        @Override
        public void skip(String type, String sourceKey, String title, String reason) {
            note("skip " + sourceKey);
        }
    }
}
