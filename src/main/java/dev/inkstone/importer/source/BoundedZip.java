package dev.inkstone.importer.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.inkstone.importer.ImportConfig;

/**
 * A job's zip, whose entries inflate under bounds checked as the bytes come (the sizes a zip declares are the
 * attacker's to choose): each entry at most {@code max-entry-bytes} and {@code max-ratio} times its compressed size,
 * all entries together at most {@code max-total-bytes}. Every reader and the image store open entries here, so a
 * 3 MB zip cannot make the server inflate 3 GB of anything.
 */
public final class BoundedZip {

    /** Below this an entry's ratio is not checked: small files of repeated text compress well and are harmless. */
    static final long RATIO_GRACE = 1 << 20;

    private final ZipFile zip;
    private final ImportConfig.Zip limits;
    /** Both the job's reader and its image store inflate entries, each on its own thread. */
    private final AtomicLong inflated = new AtomicLong();
    private volatile ImportLimitException exceeded;

    public BoundedZip(ZipFile zip, ImportConfig.Zip limits) {
        this.zip = zip;
        this.limits = limits;
    }

    public ZipFile zip() {
        return zip;
    }

    /** The whole-zip limit, once some entry went past it; the job fails with it. */
    public ImportLimitException exceeded() {
        return exceeded;
    }

    public InputStream open(ZipEntry entry) throws IOException {
        if (exceeded != null) {
            throw exceeded;
        }
        return new Counting(zip.getInputStream(entry), entry);
    }

    /**
     * A post file's bytes, or null when it goes past {@code maxFile} or an entry limit: the sink is told the post was
     * skipped and why, and the import goes on. A limit on the whole zip is thrown: the job fails with it.
     */
    byte[] readPost(ZipEntry entry, String key, long maxFile, ItemSink sink) throws IOException {
        byte[] bytes;
        try (InputStream in = open(entry)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFile + 1));
        } catch (ImportLimitException e) {
            if (e.wholeImport()) {
                throw e;
            }
            sink.skip("post", key, key, e.getMessage());
            return null;
        }
        if (bytes.length > maxFile) {
            sink.skip("post", key, key, "inflates to more than " + maxFile
                    + " bytes, the limit of inkstone.import.max-file");
            return null;
        }
        return bytes;
    }

    private final class Counting extends FilterInputStream {
        private final ZipEntry entry;
        private long count;

        Counting(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes are inflated all the same.
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws IOException {
            count += n;
            long total = inflated.addAndGet(n);
            long maxEntry = limits.maxEntryBytes().asLongValue();
            if (count > maxEntry) {
                throw new ImportLimitException(entry.getName() + " inflates to more than " + maxEntry
                        + " bytes, the limit of inkstone.import.zip.max-entry-bytes", false);
            }
            long compressed = entry.getCompressedSize();
            if (count > RATIO_GRACE && compressed > 0 && count / compressed > limits.maxRatio()) {
                throw new ImportLimitException(entry.getName() + " inflates to more than " + limits.maxRatio()
                        + " times its compressed size (" + compressed + " bytes), the limit of "
                        + "inkstone.import.zip.max-ratio", false);
            }
            long maxTotal = limits.maxTotalBytes().asLongValue();
            if (total > maxTotal && exceeded == null) {
                exceeded = new ImportLimitException("the zip inflates to more than " + maxTotal
                        + " bytes, the limit of inkstone.import.zip.max-total-bytes", true);
            }
            if (exceeded != null) {
                throw exceeded;
            }
        }
    }
}
