package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.MemorySize;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.importer.ImportConfig;

/** The bounds on import inputs, proved with small inputs and low limits: each fails naming its setting. */
@DatabaseIndependent
class ImportBoundsTest {

    private static String wxr(String content) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>t</title><link>https://bounds.example</link>
                <item><title>Big</title><guid>https://bounds.example/?p=1</guid><wp:post_type>post</wp:post_type>
                <content:encoded>%s</content:encoded></item></channel></rss>
                """.formatted(content);
    }

    private static void readWxr(String xml, long maxText) throws Exception {
        new WxrReader(ZoneOffset.UTC, maxText).read(
                () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new CollectingSink());
    }

    @Test
    void aWxrElementLongerThanTheCapFailsNamingTheSetting() throws Exception {
        String text = "<![CDATA[" + "a".repeat(5_000) + "]]>";
        readWxr(wxr(text), 10_000); // under the cap: read
        BadImportFile e = assertThrows(BadImportFile.class, () -> readWxr(wxr(text), 4_000));
        assertTrue(e.getMessage().contains("inkstone.import.max-text"), e.getMessage());
        assertTrue(e.getMessage().contains("4000"), e.getMessage());
    }

    @Test
    void cdataSectionsSideBySideCountAsOneText() throws Exception {
        // The parser coalesces them into one string, so each section being small proves nothing.
        String text = ("<![CDATA[" + "b".repeat(900) + "]]>").repeat(10);
        BadImportFile e = assertThrows(BadImportFile.class, () -> readWxr(wxr(text), 4_000));
        assertTrue(e.getMessage().contains("inkstone.import.max-text"), e.getMessage());
        // Many elements, each under the cap, are fine.
        readWxr(wxr("c".repeat(3_000)).replace("<title>Big</title>", "<title>" + "t".repeat(3_000) + "</title>"),
                4_000);
    }

    @Test
    void aJsonStringLongerThanTheCapFailsNamingTheSetting() throws Exception {
        String json = """
                {"format": "inkstone-export", "posts": [{"slug": "big", "title": "Big", "markdown": "%s"}]}
                """.formatted("d".repeat(5_000));
        CollectingSink sink = new CollectingSink();
        new InkstoneJsonReader(10_000).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(1, sink.posts.size());
        BadImportFile e = assertThrows(BadImportFile.class, () -> new InkstoneJsonReader(4_000)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new CollectingSink()));
        assertTrue(e.getMessage().contains("inkstone.import.max-text"), e.getMessage());
    }

    private record Limits(int maxEntries, MemorySize maxEntryBytes, MemorySize maxTotalBytes, int maxRatio)
            implements ImportConfig.Zip {
        Limits(long entry, long total, int ratio) {
            this(100, new MemorySize(java.math.BigInteger.valueOf(entry)),
                    new MemorySize(java.math.BigInteger.valueOf(total)), ratio);
        }
    }

    /** A zip of entries named e0, e1… each holding {@code bytes}. */
    private static Path zip(Path dir, int entries, byte[] bytes) throws IOException {
        Path zip = dir.resolve("bounds-" + entries + "-" + bytes.length + "-" + bytes[0] + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                z.putNextEntry(new ZipEntry("e" + i));
                z.write(bytes);
            }
        }
        return zip;
    }

    private static long drain(BoundedZip bounded, String entry) throws IOException {
        try (InputStream in = bounded.open(bounded.zip().getEntry(entry))) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(12).nextBytes(bytes);
        return bytes;
    }

    @Test
    void anEntryThatInflatesFarBeyondItsCompressedSizeStopsAtTheRatio(@TempDir Path dir) throws IOException {
        // 8 MB of one repeated pattern deflate to a few kilobytes: a zip bomb in miniature.
        byte[] pattern = "0123456789abcdef".repeat(512 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (ZipFile file = new ZipFile(zip(dir, 1, pattern).toFile())) {
            ImportLimitException e = assertThrows(ImportLimitException.class,
                    () -> drain(new BoundedZip(file, new Limits(1L << 30, 1L << 31, 100)), "e0"));
            assertTrue(e.getMessage().contains("inkstone.import.zip.max-ratio"), e.getMessage());
            assertFalse(e.wholeImport());
            // A ratio the entry keeps is no obstacle: the bound is what stopped it.
            assertEquals(pattern.length, drain(new BoundedZip(file, new Limits(1L << 30, 1L << 31, 100_000)), "e0"));
        }
    }

    @Test
    void anEntryLargerThanTheEntryLimitStopsWhateverItsRatio(@TempDir Path dir) throws IOException {
        try (ZipFile file = new ZipFile(zip(dir, 1, random(300_000)).toFile())) {
            ImportLimitException e = assertThrows(ImportLimitException.class,
                    () -> drain(new BoundedZip(file, new Limits(200_000, 1L << 31, 100)), "e0"));
            assertTrue(e.getMessage().contains("inkstone.import.zip.max-entry-bytes"), e.getMessage());
        }
    }

    @Test
    void entriesTogetherLargerThanTheTotalStopTheWholeZip(@TempDir Path dir) throws IOException {
        try (ZipFile file = new ZipFile(zip(dir, 3, random(100_000)).toFile())) {
            BoundedZip bounded = new BoundedZip(file, new Limits(1L << 30, 250_000, 100));
            drain(bounded, "e0");
            drain(bounded, "e1");
            ImportLimitException e = assertThrows(ImportLimitException.class, () -> drain(bounded, "e2"));
            assertTrue(e.wholeImport());
            assertTrue(e.getMessage().contains("inkstone.import.zip.max-total-bytes"), e.getMessage());
            assertEquals(e, bounded.exceeded());
            assertThrows(ImportLimitException.class, () -> drain(bounded, "e0"), "the zip is done once past it");
        }
    }
}
