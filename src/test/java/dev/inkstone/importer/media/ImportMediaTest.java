package dev.inkstone.importer.media;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import dev.inkstone.image.TestImages;
import dev.inkstone.importer.Imports;

/**
 * Images in imports: zips built here from our fixture export and generated images (made unique, so other tests' uploads of
 * the same pictures do not count), imported over HTTP, checked on the wire.
 */
@QuarkusTest
class ImportMediaTest {

    private static final String SITE = "https://inkstone-fixture.example/wp-content/uploads/";
    private static final String UPLOADS = "blog-backup/wp-content/uploads/";

    private static void zip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(entry.getKey()));
                z.write(entry.getValue());
            }
        }
    }

    private static int imageCount() {
        return Integer.parseInt(asAdmin().queryParam("perPage", 1).get("/api/v1/images").then().statusCode(200)
                .extract().header("X-Total-Count"));
    }

    private static long storedFiles() throws IOException {
        Path root = Path.of("target/test-images");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void assertCompleted(JsonPath job) {
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals(job.getInt("total"), job.getInt("processed"));
        assertEquals(0, job.getInt("failed"));
    }

    private static Map<String, Object> line(List<Map<String, Object>> items, String type, String title) {
        return items.stream().filter(i -> type.equals(i.get("type")) && String.valueOf(i.get("title")).equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " line for " + title));
    }

    private static Map<String, Object> post(List<Map<String, Object>> items, String title) {
        Map<String, Object> post = line(items, "post", title);
        assertTrue(post.get("resourceId") != null, post.toString());
        return post;
    }

    @Test
    void wxrZipWithItsUploadsStoresImagesSetsFeaturedImagesAndRewritesBodies(@TempDir Path dir) throws IOException {
        byte[] truncated = Arrays.copyOf(TestImages.unique(TestImages.generated(GeneratedImages.LANDSCAPE_JPEG)), 3000);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("blog-backup/small-blog.wordpress.xml", Files.readAllBytes(Fixtures.WXR));
        // featured image of "西湖边的一个下午" (_thumbnail_id 101)
        entries.put(UPLOADS + "2021/05/xihu.jpg", TestImages.unique(TestImages.generated(GeneratedImages.LANDSCAPE_JPEG)));
        // featured image of "Notes on Java records" (_thumbnail_id 103), also in its body
        entries.put(UPLOADS + "2021/06/diagram.png",
                TestImages.unique(TestImages.generated(GeneratedImages.TRANSPARENT_PNG)));
        // a WebP named .jpg, as WordPress folders have; the body names its 300x200 size variant
        entries.put(UPLOADS + "2021/05/tea.jpg", TestImages.unique(TestImages.generated(GeneratedImages.PHOTO_WEBP)));
        entries.put(UPLOADS + "2021/05/squares.gif",
                TestImages.unique(TestImages.generated(GeneratedImages.ANIMATED_GIF)));
        entries.put(UPLOADS + "2021/05/broken.jpg", truncated);
        entries.put(UPLOADS + "2021/05/logo.jpg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        Path zip = dir.resolve("wordpress-with-uploads.zip");
        zip(zip, entries);

        int imagesBefore = imageCount();
        long filesBefore = storedFiles();
        JsonPath dry = Imports.upload(zip.toFile(), "application/zip", true);
        assertCompleted(dry);
        assertEquals("wxr", dry.getString("format"));
        List<Map<String, Object>> dryItems = Imports.items(dry.getInt("id"));
        assertEquals("created", line(dryItems, "attachment", SITE + "2021/06/diagram.png").get("outcome"));
        assertEquals("missing", line(dryItems, "attachment", SITE + "2021/05/logo.jpg").get("outcome"));
        assertEquals(imagesBefore, imageCount(), "a dry run stores no image record");
        assertEquals(filesBefore, storedFiles(), "a dry run writes no image file");

        JsonPath job = Imports.upload(zip.toFile(), "application/zip", false);
        assertCompleted(job);
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        List<Map<String, Object>> stored = items.stream().filter(i -> i.get("type").equals("attachment")
                && i.get("outcome").equals("created")).toList();
        assertEquals(4, stored.size(), stored.toString());
        assertEquals(imagesBefore + 4, imageCount());

        // bad bytes are reported per reference, with the URL, and never fail a post
        Map<String, Object> corrupt = line(items, "attachment", SITE + "2021/05/broken.jpg");
        assertEquals("missing", corrupt.get("outcome"));
        assertTrue(String.valueOf(corrupt.get("reason")).contains("not a whole JPEG"), corrupt.toString());
        Map<String, Object> svg = line(items, "attachment", SITE + "2021/05/logo.jpg");
        assertTrue(String.valueOf(svg.get("reason")).contains("SVG"), svg.toString());
        Map<String, Object> absent = line(items, "attachment", SITE + "2021/05/lost.jpg");
        assertEquals("missing", absent.get("outcome"));
        assertTrue(String.valueOf(absent.get("reason")).contains("remote URLs are not fetched"), absent.toString());
        assertTrue(String.valueOf(absent.get("reason")).contains("2021/05/lost.jpg"), absent.toString());
        Map<String, Object> afternoon = post(items, "西湖边的一个下午");
        assertTrue(List.of("created", "updated").contains(afternoon.get("outcome")), afternoon.toString());
        JsonPath xihu = asAdmin().get("/api/v1/posts/" + afternoon.get("resourceId")).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(xihu.getString("markdown").contains(SITE + "2021/05/never-uploaded.jpg"),
                "a reference that was not stored keeps its working link");
        assertTrue(items.stream().anyMatch(i -> i.get("type").equals("image") && i.get("outcome").equals("missing")
                && String.valueOf(i.get("title")).endsWith("2021/05/logo.jpg")
                && String.valueOf(i.get("reason")).startsWith("image in the body: ")));

        // featured images: _thumbnail_id → attachment → stored image
        long featured = ((Number) line(items, "attachment", SITE + "2021/05/xihu.jpg").get("resourceId")).longValue();
        assertEquals((int) featured, xihu.getInt("featuredImage.id"));
        assertTrue(xihu.getString("featuredImage.url").startsWith("/media/"));
        long diagram = ((Number) line(items, "attachment", SITE + "2021/06/diagram.png").get("resourceId"))
                .longValue();
        asAdmin().get("/api/v1/posts/" + post(items, "Notes on Java records").get("resourceId")).then()
                .body("featuredImage.id", equalTo((int) diagram));

        // the body's size variant (tea-300x200.jpg) is the original tea.jpg, a WebP: one image, served as WebP
        long tea = ((Number) line(items, "attachment", SITE + "2021/05/tea.jpg?w=1024&h=768").get("resourceId"))
                .longValue();
        JsonPath image = asAdmin().get("/api/v1/images/" + tea).then().body("mimeType", equalTo("image/webp"))
                .body("filename", equalTo("tea.webp")).extract().jsonPath();
        String url = image.getString("url");
        String markdown = xihu.getString("markdown");
        assertTrue(markdown.contains("src=\"" + url + "\""), markdown);
        assertFalse(markdown.contains("uploads/2021/05/tea-300x200.jpg"), markdown);
        assertTrue(xihu.getString("html").contains("<img src=\"" + url + "\""));
        byte[] served = anonymous().get(url).then().statusCode(200).contentType("image/webp").extract().asByteArray();
        assertEquals("RIFF", new String(served, 0, 4, StandardCharsets.US_ASCII));
        asAdmin().delete("/api/v1/images/" + tea).then().statusCode(409)
                .body("detail", containsString(xihu.getString("slug")));

        // the same zip again: no second image, every post unchanged
        JsonPath again = Imports.upload(zip.toFile(), "application/zip", false);
        assertCompleted(again);
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(imagesBefore + 4, imageCount());
        assertEquals("unchanged", post(Imports.items(again.getInt("id")), "西湖边的一个下午").get("outcome"));
    }

    @Test
    void markdownZipStoresARelativeImageAndTheCover(@TempDir Path dir) throws IOException {
        String slug = Api.unique("带图的文章");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("site/content/posts/" + slug + "/index.md", ("---\ntitle: 有图\nslug: " + slug + "\n"
                + "date: 2024-05-06T07:08:09+08:00\ncover: /img/" + slug + ".jpg\n---\n\n"
                + "正文 ![一只虫](images/bug.png \"虫\")\n\n![远程](https://example.com/nowhere.png)\n")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("site/content/posts/" + slug + "/images/bug.png",
                TestImages.unique(TestImages.generated(GeneratedImages.TRANSPARENT_PNG)));
        entries.put("site/static/img/" + slug + ".jpg", TestImages.unique(TestImages.generated(GeneratedImages.LANDSCAPE_JPEG)));
        Path zip = dir.resolve("hugo.zip");
        zip(zip, entries);

        JsonPath job = Imports.upload(zip.toFile(), "application/zip", false);
        assertCompleted(job);
        assertEquals("markdown", job.getString("format"));
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        long bug = ((Number) line(items, "attachment", "site/content/posts/" + slug + "/images/bug.png")
                .get("resourceId")).longValue();
        long cover = ((Number) line(items, "attachment", "site/static/img/" + slug + ".jpg").get("resourceId"))
                .longValue();
        String bugUrl = asAdmin().get("/api/v1/images/" + bug).then().extract().path("url");
        JsonPath post = asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200)
                .body("featuredImage.id", equalTo((int) cover)).extract().jsonPath();
        assertTrue(post.getString("markdown").contains("![一只虫](" + bugUrl + " \"虫\")"), post.getString("markdown"));
        assertTrue(post.getString("html").contains("src=\"" + bugUrl + "\""), post.getString("html"));
        assertTrue(post.getString("markdown").contains("https://example.com/nowhere.png"), "kept as it was");
        Map<String, Object> remote = line(items, "image", "https://example.com/nowhere.png");
        assertEquals("missing", remote.get("outcome"));
        assertTrue(String.valueOf(remote.get("reason")).contains("remote URLs are not fetched"));

        JsonPath again = Imports.upload(zip.toFile(), "application/zip", false);
        assertCompleted(again);
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
    }

    @Test
    void largeImportUploadsAreAcceptedWhileOtherBodiesKeepTheirLimits(@TempDir Path dir) throws IOException {
        String slug = Api.unique("large-upload");
        byte[] filler = new byte[24 * 1024 * 1024];
        new java.util.Random(7).nextBytes(filler);
        Path zip = dir.resolve("large.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(slug + ".md"));
            z.write(("---\ntitle: Large\nslug: " + slug + "\ncover: big.png\n---\nbody\n")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("big.png"));
            z.write(filler);
        }
        assertTrue(Files.size(zip) > 22 * 1024 * 1024, "above the multipart limit of other routes");
        JsonPath job = Imports.upload(zip.toFile(), "application/zip", false);
        assertCompleted(job);
        Map<String, Object> big = line(Imports.items(job.getInt("id")), "attachment", "big.png");
        assertEquals("missing", big.get("outcome"));
        assertTrue(String.valueOf(big.get("reason")).startsWith("too large"), big.toString());
        asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200);

        // the same size elsewhere is still a 413 problem
        RestAssured.given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .multiPart("file", zip.toFile(), "image/png").post("/api/v1/images").then().statusCode(413)
                .contentType("application/problem+json");
        // and a chunked JSON body is held to the JSON limit
        byte[] json = ("{\"name\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        RestAssured.given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN).contentType("application/json")
                .body(new java.io.ByteArrayInputStream(json)).post("/api/v1/tags").then().statusCode(413)
                .contentType("application/problem+json");
    }
}
