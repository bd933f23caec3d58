package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.common.Fixtures;
import dev.inkstone.image.GeneratedImages;
import dev.inkstone.importer.Imports;

/**
 * Saved WordPress post pages through POST /api/v1/imports: an "HTML only" save and a "Web page, complete" zip of the
 * post src/test/wordpress/clip.php writes on a real WordPress. Each test gives the post a slug of its own (the item's
 * key is its permalink), so the database every test class shares (default profile) sees new items every run.
 */
@QuarkusTest
class SavedWordPressImportTest {

    private static final String SLUG = "%e9%be%99%e4%ba%95%e6%9d%91%e7%9a%84%e7%ae%97%e5%8a%9b%e6%95%85%e4%ba%8b";
    private static final String UPLOADS = "http://127.0.0.1:8090/wp-content/uploads/2026/12/";
    private static final String TITLE = "龙井村的算力故事：一杯茶里的中美AI競爭";

    /** A fixture page whose permalink ends in {@code 龙井-<slug>} instead of its own slug. */
    private static String page(String fixture, String slug) {
        String encoded = URLEncoder.encode("龙井-" + slug, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        // The byline's author link gets a slug of this test's own too: an import keeps an existing author's name,
        // and other tests' WordPress imports make an author "admin".
        return Fixtures.read(Fixtures.path(fixture)).replace(SLUG, encoded)
                .replace("/author/admin/", "/author/lin-" + slug + "/");
    }

    private static JsonPath post(long id) {
        return asAdmin().get("/api/v1/posts/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> lines(JsonPath job) {
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals("html", job.getString("format"));
        assertEquals(0, job.getInt("failed"));
        return Imports.items(job.getInt("id"));
    }

    private static Map<String, Object> postLine(JsonPath job) {
        return lines(job).stream().filter(i -> i.get("type").equals("post")).findFirst().orElseThrow();
    }

    private static void assertTheArticle(JsonPath post, String slug) {
        assertEquals(TITLE, post.getString("title"));
        assertEquals("龙井-" + slug, post.getString("slug"));
        assertEquals("published", post.getString("status"));
        assertEquals("2026-01-13T01:30:00Z", post.getString("publishedAt"));
        assertEquals(List.of("Asia", "墙国的奇葩商业故事"), post.getList("categories.name"));
        assertEquals(List.of("asia", "墙国的奇葩商业故事"), post.getList("categories.slug"));
        // Asia's parent is named by its slug, unless a category travel already exists (shared PostgreSQL: Travel).
        List<List<String>> paths = post.getList("categories.path");
        assertEquals(List.of("travel", "asia"), paths.get(0).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        assertEquals(List.of("中国故事", "墙国的奇葩商业故事"), paths.get(1));
        // An import keeps an existing tag's name: the seed post's import (another test, same database) names the
        // tag deepseek "DeepSeek". Lower-cased, the Traditional characters are still checked as they are.
        assertEquals(List.of("deepseek", "中美ai競爭", "算力", "臺灣茶"), post.getList("tags.name", String.class).stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList());
        assertEquals(List.of("deepseek", "中美ai競爭", "算力", "臺灣茶"), post.getList("tags.slug"));
        assertEquals(List.of("林小山"), post.getList("authors.name"));
        assertEquals("清明前的龙井村，茶农凌晨四点就上山了。我们跟着一位做了三十年茶的师傅，看他怎么用一口铁锅炒出一斤明前茶。",
                post.getString("excerpt"));
        String html = post.getString("html");
        // Sanitized as every body: the theme's classes go, headings get their anchors.
        assertTrue(html.startsWith("<figure><img width=\"800\" height=\"600\" src=\""), html);
        assertTrue(html.contains("一杯茶里的算力</h2>"), html);
        assertTrue(html.contains("<strong>DeepSeek</strong>"), html);
        for (String chrome : List.of("Inkstone WordPress fixture", "关于本站", "Proudly powered", "Tags:", "January 13",
                TITLE, "longjing-cover", "<script", "<style", "wp-block-post-terms")) {
            assertFalse(html.contains(chrome), chrome + " is not the article's: " + html);
        }
    }

    @Test
    void anHtmlOnlySaveKeepsTheArticleWithAnExternalFeaturedImageAndARerunChangesNothing(@TempDir Path dir)
            throws IOException {
        String slug = Api.unique("html");
        File file = dir.resolve("龙井村的算力故事.html").toFile();
        Files.writeString(file.toPath(), page("saved-page/longjing-twentytwentythree.html", slug));

        JsonPath dry = Imports.upload(file, "text/html", true);
        assertEquals("created", postLine(dry).get("outcome"));
        asAdmin().get("/api/v1/posts/slug/龙井-" + slug).then().statusCode(404);

        Map<String, Object> line = postLine(Imports.upload(file, "text/html", false));
        assertEquals("created", line.get("outcome"), line.toString());
        assertEquals("龙井-" + slug, line.get("slug"));
        String reason = String.valueOf(line.get("reason"));
        assertTrue(reason.contains("saved WordPress page: kept the article's content only"), reason);
        assertTrue(reason.contains("read the article's links as 2 categories and 4 tags; dropped its meta text "
                + "'Posted January 13, 2026 in Asia, 墙国的奇葩商业故事 by 林小山"), reason);
        assertTrue(reason.contains("the header 'Inkstone WordPress fixture 关于本站', the footer 'Inkstone WordPress "
                + "fixture Proudly powered by WordPress'"), reason);
        long id = ((Number) line.get("resourceId")).longValue();
        JsonPath post = post(id);
        assertTheArticle(post, slug);
        assertNull(post.get("featuredImage.id"), "the picture's file did not come with the upload");
        assertEquals(UPLOADS + "longjing-cover.jpg", post.getString("featuredImage.url"));
        assertTrue(post.getString("html").contains("src=\"" + UPLOADS + "tea-hills.jpg\""), post.getString("html"));
        assertTrue(post.getString("sourceUrl").endsWith("/2026/01/13/" + URLEncoder.encode("龙井-" + slug,
                StandardCharsets.UTF_8).toLowerCase(Locale.ROOT) + "/"), post.getString("sourceUrl"));

        Map<String, Object> again = postLine(Imports.upload(file, "text/html", false));
        assertEquals("unchanged", again.get("outcome"), again.toString());
        assertEquals(id, ((Number) again.get("resourceId")).longValue());
        assertEquals(post.getLong("version"), post(id).getLong("version"));

        // The classic theme's page of the same post is the same item: keyed by its permalink, not the file's name.
        File classic = dir.resolve("saved-again.html").toFile();
        Files.writeString(classic.toPath(), page("saved-page/longjing-twentytwentyone.html", slug));
        Map<String, Object> other = postLine(Imports.upload(classic, "text/html", false));
        assertEquals(id, ((Number) other.get("resourceId")).longValue());
        assertTheArticle(post(id), slug);
    }

    @Test
    void aCompleteSaveStoresItsPicturesFromTheZipAndReportsWhatItCannotRead(@TempDir Path dir) throws IOException {
        String slug = Api.unique("complete");
        File zip = dir.resolve("saved.zip").toFile();
        String files = "龙井村的算力故事_files/";
        try (OutputStream out = Files.newOutputStream(zip.toPath()); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("龙井村的算力故事.html"));
            z.write(page("saved-page/complete/龙井村的算力故事.html", slug).getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(files + "longjing-cover.jpg"));
            z.write(GeneratedImages.named(GeneratedImages.LANDSCAPE_JPEG));
            z.putNextEntry(new ZipEntry(files + "tea-hills.jpg"));
            z.write(GeneratedImages.named(GeneratedImages.PHOTO_JPEG));
            z.putNextEntry(new ZipEntry(files + "style.css"));
            z.write("body { color: black }".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(files + "frame.html"));
            z.write("<!DOCTYPE html><html><body>a saved frame</body></html>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("notes.html"));
            z.write("not a page at all".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        List<Map<String, Object>> lines = lines(Imports.upload(zip, "application/zip", false));
        Map<String, Object> skipped = Imports.item(lines, "post", "notes.html");
        assertEquals("skipped", skipped.get("outcome"));
        assertEquals("not a web page (no doctype or <html> at its start)", skipped.get("reason"));
        assertTrue(lines.stream().noneMatch(l -> l.get("outcome").equals("missing")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> String.valueOf(l.get("title")).contains("style.css")),
                "the save's other files are not read: " + lines);
        Map<String, Object> line = lines.stream().filter(l -> l.get("type").equals("post")
                && !"skipped".equals(l.get("outcome"))).findFirst().orElseThrow();
        assertEquals(2, lines.stream().filter(l -> l.get("type").equals("post")).count(), "no post from the frame");
        JsonPath post = post(((Number) line.get("resourceId")).longValue());
        assertTheArticle(post, slug);
        assertTrue(post.getLong("featuredImage.id") > 0);
        assertTrue(post.getString("featuredImage.url").startsWith("/media/"), post.getString("featuredImage.url"));
        String html = post.getString("html");
        assertTrue(html.startsWith("<figure><img width=\"800\" height=\"600\" src=\"/media/"), html);
        assertFalse(html.contains("_files/"), html);
    }

    @Test
    void aPageWithoutTheWordPressStructureIsImportedWholeAndSaysSo(@TempDir Path dir) throws IOException {
        String title = Api.unique("便条");
        File file = dir.resolve(title + ".html").toFile();
        Files.writeString(file.toPath(), "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>"
                + "<h1>一张便条</h1><p>只有正文，没有永久链接。</p><script>track()</script></body></html>");
        Map<String, Object> line = postLine(Imports.upload(file, "text/html", false));
        assertEquals("created", line.get("outcome"));
        assertTrue(String.valueOf(line.get("reason")).startsWith("saved page not recognised as a WordPress post (no "
                + "canonical link, og:url or saved-from address names its permalink): imported whole"),
                String.valueOf(line.get("reason")));
        JsonPath post = post(((Number) line.get("resourceId")).longValue());
        assertEquals(title, post.getString("title"));
        String html = post.getString("html");
        assertTrue(html.contains("一张便条</h1>") && html.contains("<p>只有正文，没有永久链接。</p>"), html);
        assertFalse(html.contains("track()"), html);
        assertEquals(List.of(), post.getList("tags"));
    }

    @Test
    void aFileThatIsNotAWebPageIsRefusedWith415(@TempDir Path dir) throws IOException {
        File file = dir.resolve("notes.html").toFile();
        Files.writeString(file.toPath(), "just some notes, no markup");
        RestAssured.given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN).multiPart("file", file, "text/html")
                .post("/api/v1/imports").then().statusCode(415).body("errors[0].field", equalTo("file"));
    }
}
