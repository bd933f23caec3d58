package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.Fixtures;
import dev.inkstone.importer.Corpus;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.page.PageStatus;
import dev.inkstone.post.PostStatus;

@DatabaseIndependent
class WxrReaderTest {

    private final WxrReader reader = new WxrReader(ZoneOffset.UTC, 16_000_000);

    private CollectingSink read(String file) throws Exception {
        CollectingSink sink = new CollectingSink();
        reader.read(Corpus.root().resolve("wxr").resolve(file), sink);
        return sink;
    }

    @Test
    void readsTheFixtureBlogsEdgeCases() throws Exception {
        CollectingSink sink = new CollectingSink();
        reader.read(Fixtures.WXR, sink);
        assertEquals(6, sink.categories.size());
        assertEquals(List.of("旅行", "中国", "杭州"), sink.categories.stream().filter(path -> path.size() == 3)
                .findFirst().orElseThrow().stream().map(TermRef::name).toList(), "the tree three levels deep");
        List<List<TermRef>> photos = sink.categories.stream()
                .filter(p -> p.get(p.size() - 1).name().equals("Photos")).toList();
        assertEquals(2, photos.size(), "two categories named Photos under different parents");
        assertFalse(photos.get(0).get(photos.get(0).size() - 1).slug()
                .equals(photos.get(1).get(photos.get(1).size() - 1).slug()));
        assertEquals(7, sink.attachments.size());
        assertTrue(sink.attachments.stream().anyMatch(a -> a.contains("tea.jpg?w=1024&h=768")),
                "a bare & outside CDATA is repaired, not refused: " + sink.attachments);

        assertEquals(5, sink.posts.size());
        ImportedPost xihu = sink.post("西湖边的一个下午");
        assertEquals("fixture-xihu-afternoon", xihu.slug());
        assertEquals(Instant.parse("2021-05-02T06:30:00Z"), xihu.publishedAt());
        assertEquals(List.of("林小山"), xihu.authors().stream().map(TermRef::name).toList(), "the display name of dc:creator");
        assertEquals("https://inkstone-fixture.example/wp-content/uploads/2021/05/xihu.jpg", xihu.featured(),
                "_thumbnail_id resolves to the attachment's URL");
        assertTrue(xihu.markdown().startsWith("<div><p>"), "HTML stays one raw block, with wpautop's paragraphs");
        ImportedPost records = sink.post("Notes on Java records");
        assertEquals(List.of("Ada Writer", "林小山"), records.authors().stream().map(TermRef::name).toList(), "Co-Authors Plus names, in order");
        assertEquals(11, records.tags().size());
        assertEquals("What a record is for.", records.excerpt());
        // A future post reads as published at its date; PostService schedules it against the application's clock.
        ImportedPost scheduled = sink.posts.stream()
                .filter(p -> Instant.parse("2031-04-01T00:00:00Z").equals(p.publishedAt())).findFirst().orElseThrow();
        assertEquals(PostStatus.PUBLISHED, scheduled.status());
        ImportedPost protectedPost = sink.post("只给朋友看的");
        assertEquals(PostStatus.DRAFT, protectedPost.status());
        assertTrue(protectedPost.notes().contains("password-protected post imported as a draft"));
        ImportedPost untitled = sink.posts.stream().filter(p -> p.notes().stream()
                .anyMatch(n -> n.startsWith("empty title"))).findFirst().orElseThrow();
        assertFalse(untitled.title().isBlank());
        // The child page comes first in the file; the reader sends its parent before it.
        assertEquals(List.of("fixture-about", "fixture-contact"), sink.pages.stream().map(ImportedPage::slug).toList());
        ImportedPage contact = sink.pages.get(1);
        assertEquals("fixture-about", contact.parentSlug());
        assertEquals(3, contact.menuOrder());
        assertEquals(PageStatus.PUBLISHED, contact.status());
        assertEquals(Instant.parse("2020-01-02T00:00:00Z"), contact.publishedAt());
        assertTrue(contact.markdown().contains("<strong>tea@example.com</strong>"), contact.markdown());
        assertNull(sink.pages.get(0).parentSlug());
        assertTrue(sink.skips.stream().noneMatch(s -> s[0].equals("page")));
        assertTrue(sink.skips.stream().anyMatch(s -> s[0].equals("nav_menu_item")));
    }

    @Test
    void everyCorpusFileGivesTheManifestCounts() throws Exception {
        List<JsonNode> files = Corpus.files("wxr");
        assertEquals(10, files.size());
        for (JsonNode file : files) {
            String name = file.get("file").asText().substring("wxr/".length());
            JsonNode stats = file.get("stats");
            CollectingSink sink = read(name);
            int items = stats.get("items").asInt();
            assertEquals(items, sink.posts.size() + sink.pages.size() + sink.skips.size() + sink.attachments.size(),
                    name);
            long skippedPages = sink.skips.stream().filter(s -> s[0].equals("page")).count();
            assertEquals(stats.path("post_types").path("page").asInt(0), sink.pages.size() + skippedPages, name);
            assertEquals(stats.get("categories").asInt(), sink.categories.size(), name);
            assertEquals(stats.get("categories_with_parent").asInt(),
                    sink.categories.stream().filter(path -> path.size() > 1).count(), name);
            assertEquals(stats.get("tags").asInt(), sink.tags.size(), name);
            assertEquals(stats.path("post_types").path("attachment").asInt(0), sink.attachments.size(), name);
            long skippedPosts = sink.skips.stream().filter(s -> s[0].equals("post")).count();
            assertEquals(stats.path("post_types").path("post").asInt(0), sink.posts.size() + skippedPosts, name);
            // The channel's title, description, link and language are one more item: the site settings.
            assertEquals(sink.categories.size() + sink.tags.size() + items + (sink.site == null ? 0 : 1), sink.total,
                    name);
        }
    }

    @Test
    void readsTheThemeUnitTestEdgeCases() throws Exception {
        CollectingSink sink = read("wordpress-theme-test-data/themeunittestdata.wordpress.xml");
        // The category tree three levels deep.
        assertTrue(sink.categories.stream().anyMatch(path -> path.size() == 3
                && path.get(2).name().equals("Grandchild Category")), "Parent › Child › Grandchild");
        // Two categories named "Foo A" under different parents keep different slugs.
        List<List<TermRef>> fooA = sink.categories.stream()
                .filter(p -> p.get(p.size() - 1).name().equals("Foo A")).toList();
        assertEquals(2, fooA.size());
        assertFalse(fooA.get(0).get(fooA.get(0).size() - 1).slug().equals(fooA.get(1).get(fooA.get(1).size() - 1)
                .slug()));

        // A future post is read as published with its date; PostService stores it as scheduled (ImportResourceTest).
        ImportedPost scheduled = sink.posts.stream().filter(p -> p.publishedAt() != null
                && p.publishedAt().isAfter(Instant.parse("2029-12-31T00:00:00Z"))).findFirst().orElseThrow();
        assertEquals(PostStatus.PUBLISHED, scheduled.status());
        ImportedPost protectedPost = sink.posts.stream()
                .filter(p -> p.notes().contains("password-protected post imported as a draft")).findFirst()
                .orElseThrow();
        assertEquals(PostStatus.DRAFT, protectedPost.status());
        ImportedPost manyTags = sink.post("Edge Case: Many Tags");
        assertTrue(manyTags.tags().size() > 20);
        ImportedPost untitled = sink.posts.stream().filter(p -> p.notes().stream()
                .anyMatch(n -> n.startsWith("empty title"))).findFirst().orElseThrow();
        assertFalse(untitled.title().isBlank());
        // Featured images resolve through _thumbnail_id to the attachment's URL.
        assertTrue(sink.posts.stream().anyMatch(p -> p.featured() != null && p.featured().startsWith("https://")
                && p.featured().matches("(?i).*\\.(jpe?g|png|gif)$")));
        assertTrue(sink.skips.stream().anyMatch(s -> s[0].equals("nav_menu_item")));
        // Nested pages: every parent is sent before its children, by slug; Greek slugs are percent-decoded.
        assertEquals(21, sink.pages.size());
        java.util.Map<String, ImportedPage> bySlug = new java.util.HashMap<>();
        for (ImportedPage page : sink.pages) {
            assertTrue(page.parentSlug() == null || bySlug.containsKey(page.parentSlug()), page.slug());
            bySlug.put(page.slug(), page);
        }
        assertEquals("level-2", bySlug.get("level-3").parentSlug());
        assertEquals("level-1", bySlug.get("level-2").parentSlug());
        assertNull(bySlug.get("level-1").parentSlug());
        assertEquals(5, bySlug.get("level-1").menuOrder());
        assertEquals(11, bySlug.get("page-b").menuOrder());
        assertEquals("επίπεδο-2", bySlug.get("επίπεδο-3").parentSlug());
        assertEquals("greek", bySlug.get("επίπεδο-2").parentSlug());
        // HTML survives as one raw block.
        assertTrue(manyTags.markdown().startsWith("<div>"));
    }

    @Test
    void recoversFromBareAmpersandsInSampleXml() throws Exception {
        CollectingSink sink = read("tryghost-migrate/sample.xml");
        assertEquals(1, sink.attachments.size());
        assertTrue(sink.attachments.get(0).contains("&ixid="), sink.attachments.get(0));
        assertTrue(sink.skips.stream().anyMatch(s -> s[3].contains("customcpt")));
        // post_name "amazing-article.html" loses its extension
        assertTrue(sink.posts.stream().noneMatch(p -> p.slug() != null && p.slug().contains("html")));
    }

    @Test
    void readsCoAuthorsAndWxr10Authors() throws Exception {
        CollectingSink coAuthors = read("tryghost-migrate/co-authors-plus.xml");
        assertEquals(List.of("Alice Smith", "Bob Jones"), coAuthors.post("Multi-Author Post").authors().stream().map(TermRef::name).toList());
        CollectingSink legacy = read("wordpress-importer/valid-wxr-1.0.xml");
        assertTrue(legacy.posts.stream().allMatch(p -> !p.authors().isEmpty()), "dc:creator");
        assertEquals(Instant.parse("2024-11-02T12:00:00Z"), coAuthors.post("Multi-Author Post").publishedAt());
    }

    @Test
    void decodesPercentEncodedChineseSlugs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("zh.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                <wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>%e4%b8%ad%e5%9b%bd</wp:category_nicename>
                <wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[中国]]></wp:cat_name></wp:category>
                <item><title>中文 &amp; 标题&nbsp;</title><guid>https://zh.example/?p=1</guid>
                <wp:post_name>%e4%b8%ad%e6%96%87-post</wp:post_name><wp:post_type>post</wp:post_type>
                <wp:status>publish</wp:status><wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
                <wp:post_date>2020-01-02 03:04:05</wp:post_date>
                <category domain="category" nicename="%e4%b8%ad%e5%9b%bd"><![CDATA[中国]]></category>
                <content:encoded><![CDATA[第一段 a & b

                第二段]]></content:encoded></item>
                </channel></rss>""", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        ImportedPost post = sink.posts.get(0);
        assertEquals("中文-post", post.slug());
        assertEquals("中文 & 标题\u00a0", post.title());
        assertEquals("中国", post.categories().get(0).get(0).slug());
        assertEquals(Instant.parse("2020-01-02T03:04:05Z"), post.publishedAt());
        assertEquals("<div><p>第一段 a & b</p>\n<p>第二段</p></div>", post.markdown());
        assertNull(post.excerpt());
    }

    @Test
    void brokenXmlIsAReportNotACrash(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<rss><channel><item><title>a</title></channel></rss>");
        BadImportFile error = assertThrows(BadImportFile.class, () -> reader.read(file, new CollectingSink()));
        assertTrue(error.getMessage().startsWith("malformed XML at line 2"), error.getMessage());
        Path html = dir.resolve("page.xml");
        Files.writeString(html, "<html><body>hi</body></html>");
        assertNotNull(assertThrows(BadImportFile.class, () -> reader.read(html, new CollectingSink())).getMessage());
    }
}
