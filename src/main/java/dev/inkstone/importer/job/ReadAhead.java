package dev.inkstone.importer.job;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import dev.inkstone.common.concurrent.SerialWorker;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.item.ImportedSite;
import dev.inkstone.importer.source.ItemSink;

/**
 * Runs a job's reader on a lane of its own, a bounded queue ahead of the job's writer: parsing the next items (XML,
 * HTML to Markdown, a live site's next page) overlaps writing the ones before (reading was about a fifth of an
 * unchanged re-run's samples, and a live site's pages are network waits). The writer still receives every call in the
 * reader's order on the job's own thread, so batches, transactions and the report are as before.
 *
 * <p>What the queue may hold is bounded twice: {@link #MAX_ITEMS} calls and {@link #MAX_CHARS} characters of post and
 * page text (a single larger item still passes, alone), so reading ahead costs at most about as much heap as the
 * writer's own batch. When the writer stops (a cancelled job, a failed write, a limit), the reader is told at its
 * next call and the job waits for it to end before the zip or folder it reads is closed.
 */
final class ReadAhead {

    /** Calls the reader may be ahead of the writer: one batch of posts. */
    static final int MAX_ITEMS = 64;
    /** Characters of Markdown held in the queue at most (about 2 MB of heap). */
    static final long MAX_CHARS = 1_000_000;

    /** What a job reads, sending each item to the sink it is given. */
    @FunctionalInterface
    interface Reading {
        void read(ItemSink sink) throws Exception;
    }

    private ReadAhead() {
    }

    /**
     * Reads on {@code lane} and writes to {@code writer} on this thread, returning when the reader ended and every
     * call it made was written. The reader's exception, if any, is thrown here after the calls before it were written;
     * a writer's exception is thrown as soon as it happens, once the reader has stopped.
     */
    static void run(SerialWorker lane, Reading reading, ItemSink writer) throws Exception {
        Queue queue = new Queue();
        CountDownLatch readerDone = new CountDownLatch(1);
        lane.execute(() -> {
            try {
                reading.read(queue.sink());
                queue.end(null);
            } catch (Throwable e) {
                queue.end(e);
            } finally {
                readerDone.countDown();
            }
        });
        boolean finished = false;
        try {
            Call call;
            while ((call = queue.take()) != null) {
                call.write().accept(writer);
            }
            finished = true;
        } catch (InterruptedException e) {
            // The server is stopping: kept set, the interrupt makes the wait below return at once.
            Thread.currentThread().interrupt();
            throw e;
        } finally {
            queue.stop();
            if (!finished) {
                // Nothing of the job may still read its file once the job ends, unless the server is stopping.
                try {
                    readerDone.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        queue.rethrowReaderFailure();
    }

    /** One call of the reader's, and the characters of text it holds. */
    private record Call(Consumer<ItemSink> write, long chars) {
    }

    /** Thrown in the reader's thread once the writer stopped, so the reader unwinds at its next call. */
    static final class WriterStopped extends RuntimeException {
        WriterStopped() {
            super("the import's writer stopped", null, false, false);
        }
    }

    /** The calls between the two threads, guarded by its own monitor. */
    private static final class Queue {
        private final ArrayDeque<Call> calls = new ArrayDeque<>();
        private long chars;
        private boolean ended;
        private boolean stopped;
        private Throwable failure;

        synchronized void put(Call call) {
            while (!stopped && !calls.isEmpty()
                    && (calls.size() >= MAX_ITEMS || chars + call.chars() > MAX_CHARS)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new WriterStopped();
                }
            }
            if (stopped) {
                throw new WriterStopped();
            }
            calls.add(call);
            chars += call.chars();
            notifyAll();
        }

        /** The next call, or null once the reader ended and everything it sent was taken. */
        synchronized Call take() throws InterruptedException {
            while (calls.isEmpty() && !ended) {
                wait();
            }
            Call call = calls.poll();
            if (call != null) {
                chars -= call.chars();
                notifyAll();
            }
            return call;
        }

        synchronized void end(Throwable readerFailure) {
            ended = true;
            failure = readerFailure instanceof WriterStopped ? null : readerFailure;
            notifyAll();
        }

        synchronized void stop() {
            stopped = true;
            calls.clear();
            notifyAll();
        }

        synchronized void rethrowReaderFailure() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }

        ItemSink sink() {
            return new ItemSink() {
                @Override
                public void total(int items) {
                    put(new Call(s -> s.total(items), 0));
                }

                @Override
                public void category(String sourceKey, List<ImportedPost.TermRef> path, String description,
                        ImportedSeo seo) {
                    put(new Call(s -> s.category(sourceKey, path, description, seo), 0));
                }

                @Override
                public void tag(String sourceKey, ImportedPost.TermRef tag, String description, ImportedSeo seo) {
                    put(new Call(s -> s.tag(sourceKey, tag, description, seo), 0));
                }

                @Override
                public void site(ImportedSite site) {
                    put(new Call(s -> s.site(site), 0));
                }

                @Override
                public void author(ImportedAuthor author) {
                    put(new Call(s -> s.author(author), 0));
                }

                @Override
                public void post(ImportedPost post) {
                    put(new Call(s -> s.post(post), length(post.markdown())));
                }

                @Override
                public void page(ImportedPage page) {
                    put(new Call(s -> s.page(page), length(page.markdown())));
                }

                @Override
                public void attachment(String sourceKey, String title, String url, ImageMeta meta) {
                    put(new Call(s -> s.attachment(sourceKey, title, url, meta), 0));
                }

                @Override
                public void skip(String type, String sourceKey, String title, String reason) {
                    put(new Call(s -> s.skip(type, sourceKey, title, reason), 0));
                }

                @Override
                public void failed(String type, String sourceKey, String title, String reason) {
                    put(new Call(s -> s.failed(type, sourceKey, title, reason), 0));
                }
            };
        }

        private static long length(String text) {
            return text == null ? 0 : text.length();
        }
    }
}
