package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.common.Fixtures;
import dev.inkstone.image.GeneratedImages;
import dev.inkstone.importer.Corpus;
import dev.inkstone.importer.Imports;

@QuarkusTest
class ImportResourceTest {

    private static void assertWholeRun(JsonPath job, String what) {
        assertEquals("completed", job.getString("status"), what + ": " + job.getString("error"));
        assertEquals(job.getInt("total"), job.getInt("processed"), what);
        assertEquals(0, job.getInt("failed"), what);
    }

    @Test
    void importsEveryWxrFileWithTheManifestCountsAndARerunCreatesNothing() throws IOException {
        for (JsonNode file : Corpus.files("wxr")) {
            String path = file.get("file").asText();
            JsonNode stats = file.get("stats");
            JsonPath first = Imports.path(path, false);
            assertWholeRun(first, path);
            List<Map<String, Object>> items = Imports.items(first.getInt("id"));
            long posts = items.stream().filter(i -> i.get("type").equals("post")
                    && !i.get("outcome").equals("skipped")).count();
            long skippedPosts = items.stream().filter(i -> i.get("type").equals("post")
                    && i.get("outcome").equals("skipped")).count();
            assertEquals(stats.path("post_types").path("post").asInt(0), posts + skippedPosts, path);
            assertTrue(items.stream().filter(i -> i.get("outcome").equals("skipped") && i.get("type").equals("post"))
                    .allMatch(i -> String.valueOf(i.get("reason")).matches("(status|duplicate).*")), path);
            assertEquals(stats.get("categories").asInt(),
                    items.stream().filter(i -> i.get("type").equals("category")).count(), path);
            assertEquals(stats.get("tags").asInt(), items.stream().filter(i -> i.get("type").equals("tag")).count(),
                    path);
            // The corpus folders hold no uploads: every attachment is reported missing, naming its URL.
            assertEquals(stats.path("post_types").path("attachment").asInt(0), items.stream()
                    .filter(i -> i.get("type").equals("attachment") && i.get("outcome").equals("missing")
                            && i.get("reason") != null).count(), path);
            // Every page is imported as a page (parents first), none skipped.
            assertEquals(stats.path("post_types").path("page").asInt(0), items.stream()
                    .filter(i -> i.get("type").equals("page") && !i.get("outcome").equals("skipped")).count(), path);

            JsonPath again = Imports.path(path, false);
            assertWholeRun(again, path);
            assertEquals(0, again.getInt("created"), path + " rerun created");
            assertEquals(0, again.getInt("updated"), path + " rerun updated");
            assertEquals(first.getInt("skipped"), again.getInt("skipped"), path);
        }
    }

    @Test
    void fixtureBlogKeepsHierarchyTagsDatesAuthorsAndReportsWhatIsMissing() {
        JsonPath job = Imports.upload(Fixtures.WXR.toFile(), "application/xml", false);
        assertWholeRun(job, "fixture blog");
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));

        asAdmin().get("/api/v1/categories/slug/fixture-hangzhou").then().statusCode(200)
                .body("path", equalTo(List.of("旅行", "中国", "杭州")));
        asAdmin().get("/api/v1/categories/slug/fixture-travel-photos").then().statusCode(200)
                .body("path", equalTo(List.of("旅行", "Photos")));
        asAdmin().get("/api/v1/categories/slug/fixture-notes-photos").then().statusCode(200)
                .body("path", equalTo(List.of("Notes", "Photos")));

        JsonPath records = asAdmin().get("/api/v1/posts/" + Imports.item(items, "post", "Notes on Java records")
                .get("resourceId")).then().statusCode(200).extract().jsonPath();
        assertEquals("2021-06-10T01:00:00Z", records.getString("publishedAt"));
        assertEquals(11, records.getList("tags").size());
        assertTrue(records.getList("tags.slug").contains("fixture-java"));
        assertEquals(List.of("fixture-notes-photos"), records.getList("categories.slug"));
        assertEquals(List.of("Ada Writer", "林小山"), records.getList("authors.name"), "Co-Authors Plus names");
        asAdmin().get("/api/v1/posts/" + Imports.item(items, "post", "明年春天的龙井").get("resourceId")).then()
                .body("status", equalTo("scheduled")).body("publishedAt", equalTo("2031-04-01T00:00:00Z"));
        asAdmin().get("/api/v1/posts/" + Imports.item(items, "post", "只给朋友看的").get("resourceId")).then()
                .body("status", equalTo("draft"));
        asAdmin().get("/api/v1/posts/slug/fixture-xihu-afternoon").then().statusCode(200)
                .body("authors.name", equalTo(List.of("林小山"))).body("publishedAt", equalTo("2021-05-02T06:30:00Z"))
                .body("html", org.hamcrest.Matchers.containsString("<strong>白堤</strong>"));

        // A file upload has no folder: every attachment and the featured image are missing, naming their URLs.
        assertEquals(7, items.stream().filter(i -> i.get("type").equals("attachment")
                && i.get("outcome").equals("missing")).count());
        List<Map<String, Object>> featured = items.stream().filter(i -> i.get("type").equals("image")
                && String.valueOf(i.get("reason")).startsWith("featured image: ")).toList();
        assertTrue(featured.size() > 0);
        assertTrue(featured.stream().allMatch(i -> i.get("outcome").equals("missing")
                && String.valueOf(i.get("reason")).endsWith("remote URLs are not fetched")
                && String.valueOf(i.get("title")).startsWith("https://inkstone-fixture.example/")));
        // Pages become pages: the child (first in the file) lands under its parent, with its menu order.
        asAdmin().get("/api/v1/pages/slug/fixture-contact").then().statusCode(200)
                .body("path", equalTo(List.of("fixture-about", "fixture-contact"))).body("menuOrder", equalTo(3))
                .body("status", equalTo("published")).body("html", org.hamcrest.Matchers.containsString(
                        "<strong>tea@example.com</strong>"));
        asAdmin().get("/api/v1/pages/slug/fixture-about").then().statusCode(200).body("parentId", equalTo(null));
        // Another test of this class may have imported the file first: the pages are then unchanged.
        assertEquals(2, items.stream().filter(i -> i.get("type").equals("page") && !i.get("outcome").equals("skipped"))
                .count());

        JsonPath again = Imports.upload(Fixtures.WXR.toFile(), "application/xml", false);
        assertWholeRun(again, "fixture blog rerun");
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
    }

    @Test
    void importsTheFixtureMarkdownFolderByServerPath() {
        JsonPath job = Imports.serverPath(Fixtures.path("markdown"), false);
        assertWholeRun(job, "fixture markdown");
        assertEquals(4, job.getInt("total"));
        assertEquals(0, job.getInt("skipped"));
        asAdmin().get("/api/v1/posts/slug/xihu-spring").then().statusCode(200)
                .body("title", equalTo("西湖的春天")).body("publishedAt", equalTo("2021-04-05T01:30:00Z"))
                .body("categories[0].path", equalTo(List.of("游记")));
        asAdmin().get("/api/v1/posts/slug/jekyll-tea").then().statusCode(200)
                .body("publishedAt", equalTo("2021-03-04T00:00:00Z"));
    }

    @Test
    void themeUnitTestKeepsHierarchyTagsDatesSlugsAndReportsFeaturedImages() {
        JsonPath job = Imports.path("wxr/wordpress-theme-test-data/themeunittestdata.wordpress.xml", false);
        assertWholeRun(job, "theme unit test");
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));

        asAdmin().get("/api/v1/categories/slug/grandchild-category").then().statusCode(200)
                .body("path", equalTo(List.of("Parent Category", "Child Category 03", "Grandchild Category")));
        asAdmin().get("/api/v1/categories/slug/foo-a-foo-parent").then().statusCode(200)
                .body("path", equalTo(List.of("Foo Parent", "Foo A")));

        Map<String, Object> manyTags = Imports.item(items, "post", "Edge Case: Many Tags");
        JsonPath post = asAdmin().get("/api/v1/posts/" + manyTags.get("resourceId")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("2009-06-01T08:00:34Z", post.getString("publishedAt"));
        assertTrue(post.getList("tags").size() > 20);
        assertTrue(post.getList("tags.slug").contains("8bit"));
        assertTrue(post.getList("categories.slug").contains("classic"));
        assertEquals(List.of("Theme Buster"), post.getList("authors.name"), "the display name of dc:creator");

        Map<String, Object> scheduled = items.stream().filter(i -> i.get("type").equals("post")
                && String.valueOf(i.get("title")).startsWith("Scheduled")).findFirst().orElseThrow();
        asAdmin().get("/api/v1/posts/" + scheduled.get("resourceId")).then().body("status", equalTo("scheduled"));

        List<Map<String, Object>> featured = items.stream().filter(i -> i.get("type").equals("image")
                && String.valueOf(i.get("reason")).startsWith("featured image: ")).toList();
        assertTrue(featured.size() > 0);
        assertTrue(featured.stream().allMatch(i -> i.get("outcome").equals("missing")
                && String.valueOf(i.get("reason")).endsWith("remote URLs are not fetched")
                && String.valueOf(i.get("title")).startsWith("http")));
        // Nested pages become pages, parents first (level-3 is before its parent in the file).
        assertEquals(21, items.stream().filter(i -> i.get("type").equals("page")
                && !i.get("outcome").equals("skipped")).count());
        asAdmin().get("/api/v1/pages/slug/level-3").then().statusCode(200)
                .body("path", equalTo(List.of("level-1", "level-2", "level-3")));
        asAdmin().get("/api/v1/pages/slug/page-b").then().statusCode(200).body("menuOrder", equalTo(11));
    }

    @Test
    void importsEveryChineseAndEnglishMarkdownPost() throws IOException {
        for (String folder : List.of("markdown-zh", "markdown-en")) {
            int files = Corpus.files(folder).size();
            JsonPath job = Imports.path(folder, false);
            assertWholeRun(job, folder);
            assertEquals(files, job.getInt("total"), folder);
            List<Map<String, Object>> items = Imports.items(job.getInt("id"));
            List<Map<String, Object>> skipped = items.stream().filter(i -> i.get("outcome").equals("skipped"))
                    .toList();
            // Only the Go blog's three redirect stubs are not posts.
            assertEquals(folder.equals("markdown-en") ? 3 : 0, skipped.size(), folder + " " + skipped);
            assertTrue(skipped.stream().allMatch(i -> i.get("reason").equals("a redirect stub, not a post")));
        }
        // A Hugo bundle: the slug is the directory name; the date keeps its +08:00.
        JsonPath bundle = asAdmin().get("/api/v1/posts/slug/2021-cloud-native-technology-development-status-and"
                + "-future-trends").then().statusCode(200).extract().jsonPath();
        assertTrue(bundle.getList("categories.slug").size() == 1);
        assertTrue(bundle.getString("markdown").length() > 100);

        JsonPath rerun = Imports.path("markdown-en", false);
        assertWholeRun(rerun, "markdown-en rerun");
        assertEquals(0, rerun.getInt("created"));
        assertEquals(0, rerun.getInt("updated"));
    }

    @Test
    void dryRunWritesNothingAndARerunUpdatesOnlyWhatChanged(@TempDir Path dir) throws IOException {
        String site = Api.unique("site");
        File wxr = dir.resolve("blog.xml").toFile();
        Files.writeString(wxr.toPath(), wxr(site, "First version"), StandardCharsets.UTF_8);

        JsonPath dry = Imports.upload(wxr, "application/xml", true);
        assertWholeRun(dry, "dry run");
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals(2, dry.getInt("created"), "one category and one post would be created");
        asAdmin().get("/api/v1/posts/slug/" + site + "-hello").then().statusCode(404);
        asAdmin().get("/api/v1/categories/slug/" + site + "-news").then().statusCode(404);

        JsonPath real = Imports.upload(wxr, "application/xml", false);
        assertWholeRun(real, "import");
        assertEquals(2, real.getInt("created"), "the category and the post");
        asAdmin().get("/api/v1/tags/slug/" + site + "-tag").then().statusCode(200).body("name", equalTo("Tag " + site));
        asAdmin().get("/api/v1/posts/slug/" + site + "-hello").then().statusCode(200)
                .body("title", equalTo("First version")).body("authors.name", equalTo(List.of("Ada Writer")))
                .body("html", equalTo("<p>One &amp; two</p>\n<p>Three</p>\n"));

        Files.writeString(wxr.toPath(), wxr(site, "Second version"), StandardCharsets.UTF_8);
        JsonPath changed = Imports.upload(wxr, "application/xml", false);
        assertWholeRun(changed, "rerun");
        assertEquals(0, changed.getInt("created"));
        assertEquals(1, changed.getInt("updated"));
        asAdmin().get("/api/v1/posts/slug/" + site + "-hello").then().body("title", equalTo("Second version"))
                .body("version", equalTo(2));
    }

    private static String wxr(String site, String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>t</title><link>https://%1$s.example</link>
                <wp:author><wp:author_login>ada</wp:author_login><wp:author_display_name>Ada Writer</wp:author_display_name></wp:author>
                <wp:category><wp:category_nicename>%1$s-news</wp:category_nicename><wp:cat_name>News %1$s</wp:cat_name></wp:category>
                <item><title>%2$s</title><link>https://%1$s.example/hello</link><guid>https://%1$s.example/?p=1</guid>
                <dc:creator>ada</dc:creator><wp:post_id>1</wp:post_id><wp:post_name>%1$s-hello</wp:post_name>
                <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
                <wp:post_date_gmt>2021-02-03 04:05:06</wp:post_date_gmt>
                <category domain="category" nicename="%1$s-news">News %1$s</category>
                <category domain="post_tag" nicename="%1$s-tag">Tag %1$s</category>
                <content:encoded><![CDATA[One & two

                Three]]></content:encoded></item>
                </channel></rss>
                """.formatted(site, title);
    }

    @Test
    void brokenXmlFailsTheJobWithTheLineAndWritesNothing(@TempDir Path dir) throws IOException {
        File broken = dir.resolve("broken.xml").toFile();
        String site = Api.unique("broken");
        Files.writeString(broken.toPath(), wxr(site, "Never").replace("</channel>", ""), StandardCharsets.UTF_8);
        JsonPath job = Imports.upload(broken, "application/xml", false);
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("error").startsWith("malformed XML at line"), job.getString("error"));
        assertEquals(0, job.getInt("processed"));
        asAdmin().get("/api/v1/posts/slug/" + site + "-hello").then().statusCode(404);

        // A failed job keeps its file and runs again as a new job; a completed one cannot be retried.
        int retried = asAdmin().post("/api/v1/imports/" + job.getInt("id") + "/retry").then().statusCode(202)
                .extract().path("id");
        assertEquals("failed", Imports.await(retried).getString("status"));
        JsonPath done = Imports.upload(Fixtures.WXR.toFile(), "application/xml", false);
        asAdmin().post("/api/v1/imports/" + done.getInt("id") + "/retry").then().statusCode(409);
    }

    @Test
    void importsAZipOfMarkdownAndTheClippedPage(@TempDir Path dir) throws IOException {
        String slug = Api.unique("zipped");
        File zip = dir.resolve("posts.zip").toFile();
        try (OutputStream out = Files.newOutputStream(zip.toPath()); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("content/" + slug + "/index.md"));
            z.write(("---\ntitle: 压缩包里的文章\ndate: 2022-02-02T10:00:00+08:00\ntags: [Zip, 测试]\n"
                    + "categories: [" + slug + "-root, " + slug + "-leaf]\ncover: images/cover.png\n---\n\n正文。\n")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("../../evil.md"));
            z.write("---\ntitle: Outside\nslug: %s-evil\n---\nbody\n".formatted(slug).getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("content/" + slug + "/images/cover.png"));
            z.write(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        }
        JsonPath job = Imports.upload(zip, "application/zip", false);
        assertWholeRun(job, "zip");
        assertEquals(3, job.getInt("total"));
        // the image file (four bytes, not a whole PNG) and the cover that names it are both reported
        assertEquals(2, job.getInt("missing"));
        asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200)
                .body("publishedAt", equalTo("2022-02-02T02:00:00Z"))
                .body("categories[0].path", equalTo(List.of(slug + "-root", slug + "-leaf")))
                .body("tags.name", equalTo(List.of("Zip", "测试")));
        // A zip-slip name is only a key: the post is imported, nothing is written outside.
        asAdmin().get("/api/v1/posts/slug/" + slug + "-evil").then().statusCode(200);

        JsonPath clipped = Imports.upload(Fixtures.CLIPPED.toFile(), "text/plain", false);
        assertWholeRun(clipped, "clipped page");
        Map<String, Object> line = Imports.items(clipped.getInt("id")).get(0);
        assertTrue(String.valueOf(line.get("slug")).startsWith("longjing-tea-picking-hangzhou"));
        asAdmin().get("/api/v1/posts/" + line.get("resourceId")).then()
                .body("sourceUrl", equalTo("https://notes.inkstone.example/2025/04/18/longjing-tea-picking-hangzhou/"))
                .body("publishedAt", equalTo("2025-04-18T00:00:00Z"));
    }

    @Test
    void importsNeedAnEditorTokenAndAKnownFormat(@TempDir Path dir) throws IOException {
        anonymous().body(Map.of("path", "wxr")).post("/api/v1/imports/path").then().statusCode(401);
        String reader = Api.token("reader");
        Api.as(reader).body(Map.of("path", "wxr")).post("/api/v1/imports/path").then().statusCode(403);
        Api.as(reader).get("/api/v1/imports/1").then().statusCode(403);
        asAdmin().body(Map.of("path", "../../etc")).post("/api/v1/imports/path").then().statusCode(422)
                .body("errors[0].field", equalTo("path"));
        asAdmin().get("/api/v1/imports/999999999").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        File image = dir.resolve("photo.webp").toFile();
        Files.write(image.toPath(), GeneratedImages.named(GeneratedImages.PHOTO_WEBP));
        RestAssured.given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN).multiPart("file", image, "image/webp")
                .post("/api/v1/imports").then().statusCode(415).body("errors[0].field", equalTo("file"));
        asAdmin().queryParam("outcome", "exploded").get("/api/v1/imports/1/items").then().statusCode(400);
    }
}
