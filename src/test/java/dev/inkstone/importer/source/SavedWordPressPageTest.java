package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.Fixtures;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

/**
 * Saved WordPress post pages without a server: the pages a real WordPress 6.1 served (src/test/wordpress/clip.php) in
 * its block theme (twentytwentythree) and its classic one (twentytwentyone), and a browser's "complete" save.
 */
@DatabaseIndependent
class SavedWordPressPageTest {

    static final String PERMALINK = "http://127.0.0.1:8090/2026/01/13/"
            + "%e9%be%99%e4%ba%95%e6%9d%91%e7%9a%84%e7%ae%97%e5%8a%9b%e6%95%85%e4%ba%8b/";
    static final String UPLOADS = "http://127.0.0.1:8090/wp-content/uploads/2026/12/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ImportedPost read(String fixture, String key) {
        String folder = key.contains("/") ? key.substring(0, key.lastIndexOf('/') + 1) : "";
        return SavedWordPressPage.read(key, folder, Jsoup.parse(Fixtures.read(Fixtures.path(fixture))), SHANGHAI);
    }

    private static void assertTheArticle(ImportedPost post) {
        assertEquals(PERMALINK, post.sourceKey(), "keyed by its permalink: any save of the post is the same item");
        assertEquals(PERMALINK, post.sourceUrl());
        assertEquals("龙井村的算力故事：一杯茶里的中美AI競爭", post.title());
        assertEquals("龙井村的算力故事", post.slug());
        assertEquals(PostStatus.PUBLISHED, post.status());
        assertEquals(Instant.parse("2026-01-13T01:30:00Z"), post.publishedAt(), "the article's time on its day");
        assertEquals(List.of(List.of(new TermRef("travel", "travel"), new TermRef("Asia", "asia")),
                List.of(new TermRef("中国故事", "中国故事"), new TermRef("墙国的奇葩商业故事", "墙国的奇葩商业故事"))),
                post.categories());
        assertEquals(List.of(new TermRef("deepseek", "deepseek"), new TermRef("中美AI競爭", "中美ai競爭"),
                new TermRef("算力", "算力"), new TermRef("臺灣茶", "臺灣茶")), post.tags());
        assertEquals("清明前的龙井村，茶农凌晨四点就上山了。我们跟着一位做了三十年茶的师傅，看他怎么用一口铁锅炒出一斤明前茶。",
                post.excerpt());
        String body = post.markdown();
        assertTrue(body.startsWith("<div><figure class=\"wp-block-image size-full\"><img"), body);
        assertTrue(body.contains("<h2>一杯茶里的算力</h2>"), body);
        assertTrue(body.endsWith("<li>雨前茶：每斤八百元</li></ul></div>"), body);
        for (String chrome : List.of("Inkstone WordPress fixture", "关于本站", "Proudly powered", "Tags:", "January 13",
                "龙井村的算力故事：", "longjing-cover", "Previous post", "<script", "<style")) {
            assertFalse(body.contains(chrome), chrome + " is not the article's: " + body);
        }
    }

    @Test
    void theBlockThemesPageKeepsItsArticleTermsAndThumbnail() {
        ImportedPost post = read("saved-page/longjing-twentytwentythree.html", "longjing-twentytwentythree.html");
        assertTheArticle(post);
        assertEquals(UPLOADS + "longjing-cover.jpg", post.featured());
        assertEquals(List.of(new TermRef("林小山", null)), post.authors());
        assertEquals(List.of("saved WordPress page: kept the article's content only",
                "featured image: the post thumbnail",
                "read the article's links as 2 categories and 4 tags; dropped its meta text 'Posted January 13, 2026 in"
                        + " Asia, 墙国的奇葩商业故事 by 林小山 Tags: deepseek, 中美AI競爭, 算力, 臺灣茶'",
                "dropped the repeated title '龙井村的算力故事：一杯茶里的中美AI競爭', the header 'Inkstone WordPress fixture "
                        + "关于本站', the footer 'Inkstone WordPress fixture Proudly powered by WordPress'"),
                post.notes());
        assertTrue(post.markdown().contains("src=\"" + UPLOADS + "tea-hills.jpg\""), post.markdown());
    }

    @Test
    void theClassicThemesPageReadsTheSameFromItsEntryHeaderAndFooter() {
        ImportedPost post = read("saved-page/longjing-twentytwentyone.html", "longjing-twentytwentyone.html");
        assertTheArticle(post);
        assertEquals(UPLOADS + "longjing-cover.jpg", post.featured());
        assertEquals(List.of(new TermRef("林小山", "admin")), post.authors());
        assertTrue(post.notes().contains("read the article's links as 2 categories and 4 tags; dropped its meta text "
                + "'Published January 13, 2026 By 林小山 Categorized as Asia, 墙国的奇葩商业故事 Tagged deepseek, 中美AI競爭, "
                + "算力, 臺灣茶'"), post.notes().toString());
        String dropped = post.notes().get(post.notes().size() - 1);
        assertTrue(dropped.startsWith("dropped the repeated title '龙井村的算力故事：一杯茶里的中美AI競爭', the header "
                + "'Inkstone WordPress fixture"), dropped);
        assertTrue(dropped.contains("the post navigation 'Post navigation Previous post Post 30: notes from the lake', "
                + "the sidebar 'Search Search Recent Posts"), dropped);
    }

    @Test
    void aCompleteSaveNamesItsLocalPicturesFromTheZipRoot() {
        ImportedPost post = read("saved-page/complete/龙井村的算力故事.html", "saved/龙井村的算力故事.html");
        assertTheArticle(post);
        assertEquals("saved/龙井村的算力故事_files/longjing-cover.jpg", post.featured());
        assertTrue(post.markdown().contains("<img decoding=\"async\" loading=\"lazy\" width=\"800\" height=\"600\" "
                + "src=\"saved/龙井村的算力故事_files/tea-hills.jpg\""), post.markdown());
    }

    @Test
    void aPageWithoutAPermalinkOrContentIsImportedWholeAndSaysSo() {
        ImportedPost notDated = SavedWordPressPage.read("about.html", "", Jsoup.parse("""
                <!DOCTYPE html><html><head><title>关于本站 – 小站</title>
                <link rel="canonical" href="https://blog.inkstone.example/about/"></head>
                <body><header>小站</header><main><div class="entry-content"><p>一个小站。</p></div></main>
                <script>track()</script></body></html>"""), SHANGHAI);
        assertEquals("about.html", notDated.sourceKey());
        assertEquals("关于本站 – 小站", notDated.title());
        assertNull(notDated.slug());
        assertNull(notDated.publishedAt());
        assertEquals("https://blog.inkstone.example/about/", notDated.sourceUrl());
        assertEquals("<div><header>小站</header><main><div class=\"entry-content\"><p>一个小站。</p></div></main></div>",
                notDated.markdown());
        assertEquals(List.of("saved page not recognised as a WordPress post (its url is not a dated WordPress "
                + "permalink (/year/month/day/slug/)): imported whole", FrontMatter.NO_DATE), notDated.notes());

        ImportedPost noContent = SavedWordPressPage.read("a.html", "", Jsoup.parse("""
                <html><head><link rel="canonical" href="https://blog.inkstone.example/2024/03/05/a/"></head>
                <body><h1>标题</h1><p>正文。</p></body></html>"""), SHANGHAI);
        assertEquals("标题", noContent.title());
        assertEquals("saved page not recognised as a WordPress post (no entry-content element holds the article): "
                + "imported whole", noContent.notes().get(0));

        ImportedPost noAddress = SavedWordPressPage.read("b.html", "",
                Jsoup.parse("<html><body><p>x</p></body></html>"), SHANGHAI);
        assertTrue(noAddress.notes().get(0).contains("no canonical link, og:url or saved-from address"),
                noAddress.notes().toString());
    }

    @Test
    void anOgImageAndATimeOnAnotherDayAreReadAsTheySay() {
        ImportedPost post = SavedWordPressPage.read("c.html", "", Jsoup.parse("""
                <!DOCTYPE html><html><head>
                <meta property="og:url" content="https://blog.inkstone.example/2024/03/05/small-title/">
                <meta property="og:image" content="https://blog.inkstone.example/wp-content/uploads/cover.png">
                <meta property="article:published_time" content="2024-03-07T09:30:00+08:00"></head>
                <body><article><h1 class="entry-title">小标题</h1>
                <div class="entry-content"><p>正文。</p></div></article></body></html>"""), SHANGHAI);
        assertEquals("small-title", post.slug());
        assertEquals("https://blog.inkstone.example/wp-content/uploads/cover.png", post.featured());
        assertEquals(Instant.parse("2024-03-04T16:00:00Z"), post.publishedAt(), "the permalink's day in the zone");
        assertTrue(post.notes().contains("date 2024-03-07T09:30:00+08:00 is not the permalink's day 2024-03-05: the "
                + "permalink's kept"), post.notes().toString());
        assertEquals(List.of(), post.tags());
    }

    @Test
    void onlyWebPagesAreRecognised() {
        assertTrue(HtmlPageReader.isWebPage("\uFEFF<!DOCTYPE html>\n<html>"));
        assertTrue(HtmlPageReader.isWebPage("<!-- saved from url=(0020)https://a.example/ -->\n<HTML lang=zh>"));
        assertFalse(HtmlPageReader.isWebPage("<p>a fragment</p>"));
        assertFalse(HtmlPageReader.isWebPage("hello"));
        assertFalse(HtmlPageReader.isWebPage("<?xml version=\"1.0\"?><rss>"));
        assertTrue(HtmlPageReader.isPageName("a/b.HTM"));
        assertFalse(HtmlPageReader.isPageName("a/b_files/frame.html"), "a saved page's frame");
    }

    @Test
    void aFileThatIsNotAWebPageIsSkippedAndTheFormatIsRefused(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.html");
        Files.writeString(text, "just some notes", StandardCharsets.UTF_8);
        assertNull(ImportFormat.detect(text, "notes.html", dir));
        Path page = dir.resolve("page");
        Files.writeString(page, Fixtures.read(Fixtures.path("saved-page/longjing-twentytwentyone.html")));
        assertEquals(ImportFormat.HTML, ImportFormat.detect(page, "page", dir), "by content, not by name");
        CollectingSink sink = new CollectingSink();
        new HtmlPageReader(SHANGHAI, null, 1_000_000).readFile(text, "notes.html", sink);
        assertEquals("not a web page (no doctype or <html> at its start)", sink.skips.get(0)[3]);
    }
}
