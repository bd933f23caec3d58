package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.Fixtures;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

@DatabaseIndependent
class GhostReaderTest {

    static final Path MODERN = Fixtures.path("ghost/modern-blog.ghost.json");
    static final Path LEGACY = Fixtures.path("ghost/legacy-mobiledoc.ghost.json");

    private static CollectingSink read(Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        new GhostReader(16_000_000).read(file, sink);
        return sink;
    }

    @Test
    void readsAWrappedModernExport() throws Exception {
        CollectingSink sink = read(MODERN);
        assertEquals(10, sink.total, "4 tags and 6 posts");
        assertEquals(List.of("Travel", "News", "旅行"), sink.tags.stream().map(TermRef::name).toList(),
                "the internal #newsletter is not a tag");
        assertTrue(sink.skips.stream().anyMatch(s -> s[0].equals("tag") && s[2].equals("#newsletter")));

        ImportedPost harbour = sink.post("Notes from the harbour");
        assertEquals("b1f0c7a2-0001-4c1e-9a11-000000000001", harbour.sourceKey(), "the Ghost uuid");
        assertEquals("fixture-ghost-harbour", harbour.slug());
        assertEquals(PostStatus.PUBLISHED, harbour.status());
        assertEquals(Instant.parse("2024-05-01T08:30:00Z"), harbour.publishedAt());
        assertEquals(List.of("Ada Writer", "林小山"), harbour.authors().stream().map(TermRef::name).toList(),
                "posts_authors in sort order");
        assertEquals(List.of("fixture-ghost-travel", "fixture-ghost-news"),
                harbour.tags().stream().map(TermRef::slug).toList(), "posts_tags sort order");
        assertTrue(harbour.notes().contains("internal tag '#newsletter' dropped"));
        assertEquals("A morning by the water.", harbour.excerpt());
        assertEquals("/content/images/2024/05/harbour.jpg", harbour.featured(), "the site placeholder goes");
        assertTrue(harbour.markdown().startsWith("<div><p>Boats at <strong>dawn</strong>"), "html preferred");
        assertTrue(harbour.markdown().contains("src=\"/content/images/2024/05/boats.jpg\""));

        assertEquals(List.of("林小山", "Ada Writer"), sink.post("西湖的早晨").authors().stream().map(TermRef::name).toList(),
                "posts_authors in sort order");
        ImportedPost draft = sink.post("Half-written draft");
        assertEquals(PostStatus.DRAFT, draft.status());
        assertEquals("Still **thinking** about it.", draft.markdown(), "the lexical markdown card");
        ImportedPost scheduled = sink.post("Coming next spring");
        assertEquals(PostStatus.SCHEDULED, scheduled.status());
        assertTrue(scheduled.notes().contains("visible to 'members' in Ghost: imported for everyone"));

        assertEquals(4, sink.posts.size());
        assertTrue(sink.skips.stream().anyMatch(s -> s[0].equals("page") && s[2].equals("About this site")
                && s[3].equals("pages are not supported yet")));
        assertTrue(sink.skips.stream().anyMatch(s -> s[0].equals("post") && s[2].equals("Paragraphs only")
                && s[3].contains("no html and no markdown or HTML card")));
    }

    @Test
    void readsAnUnwrappedLegacyMobiledocExport() throws Exception {
        CollectingSink sink = read(LEGACY);
        assertEquals(List.of(new TermRef("Legacy", "fixture-ghost-legacy")), sink.tags, "slug lowercased");
        ImportedPost markdown = sink.post("A markdown card post");
        assertEquals("Written in **Ghost 1.0**.\n\n- one\n- two", markdown.markdown());
        assertEquals(Instant.ofEpochMilli(1493884800000L), markdown.publishedAt(), "epoch milliseconds");
        assertEquals(List.of("Old Timer"), markdown.authors().stream().map(TermRef::name).toList(), "author_id");
        assertEquals("/content/images/2017/05/legacy.jpg", markdown.featured());
        assertEquals(List.of("fixture-ghost-legacy"), markdown.tags().stream().map(TermRef::slug).toList());
        ImportedPost mixed = sink.post("Mixed mobiledoc");
        assertEquals(PostStatus.DRAFT, mixed.status());
        assertNull(mixed.publishedAt());
        assertTrue(mixed.markdown().contains("<em>HTML card</em>"));
        assertEquals(List.of("1 mobiledoc section(s) other than markdown and HTML cards were left out"),
                mixed.notes());
        assertTrue(sink.skips.stream().anyMatch(s -> s[0].equals("page") && s[2].equals("An old page")));
    }

    @Test
    void isRecognisedByContentAloneAndInsideZips(@TempDir Path dir) throws IOException {
        Path renamed = Files.copy(MODERN, dir.resolve("export.txt"));
        assertEquals(ImportFormat.GHOST, ImportFormat.detect(renamed, "export.txt", null));
        assertEquals(ImportFormat.GHOST, ImportFormat.detect(LEGACY, "legacy.json", null));
        Path zip = dir.resolve("ghost.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("export/blog.ghost.2024-06-01.json"));
            Files.copy(MODERN, out);
            out.putNextEntry(new ZipEntry("content/images/2024/05/readme.txt"));
            out.write("not an image".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(ImportFormat.GHOST, ImportFormat.detect(zip, "ghost.zip", null));
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"data\": {\"id\": 1}, \"meta\": {}}");
        assertNull(ImportFormat.detect(other, "other.json", null), "any JSON with data is not an export");
    }

    @Test
    void onlyTheFirstDatabaseIsReadAndTheOthersAreReported(@TempDir Path dir) throws Exception {
        Path two = dir.resolve("two.json");
        String db = "{\"meta\":{},\"data\":{\"posts\":[{\"id\":\"%s\",\"title\":\"%s\",\"html\":\"<p>x</p>\"}]}}";
        Files.writeString(two, "{\"db\":[" + db.formatted("1", "First") + "," + db.formatted("2", "Second") + "]}");
        CollectingSink sink = read(two);
        assertEquals(List.of("First"), sink.posts.stream().map(ImportedPost::title).toList());
        assertEquals(2, sink.total, "the post and the report line about the other database");
        assertTrue(sink.skips.stream().anyMatch(s -> s[0].equals("export") && s[3].startsWith("1 more database")));
    }

    @Test
    void badJsonIsABadFileNotACrash(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"db\":[{\"meta\":{},\"data\":{\"posts\":[{\"id\": ");
        BadImportFile bad = assertThrows(BadImportFile.class, () -> read(broken));
        assertTrue(bad.getMessage().startsWith("malformed JSON at line 1"), bad.getMessage());
        Path noData = dir.resolve("nodata.json");
        Files.writeString(noData, "{\"db\":[{\"meta\":{}}]}");
        assertThrows(BadImportFile.class, () -> read(noData));
        Path long1 = dir.resolve("long.json");
        try (OutputStream out = Files.newOutputStream(long1)) {
            out.write(("{\"data\":{\"posts\":[{\"id\":\"1\",\"html\":\"" + "x".repeat(2000) + "\"}]}}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        BadImportFile tooLong = assertThrows(BadImportFile.class,
                () -> new GhostReader(1000).read(long1, new CollectingSink()));
        assertTrue(tooLong.getMessage().contains("inkstone.import.max-text"), tooLong.getMessage());
    }
}
