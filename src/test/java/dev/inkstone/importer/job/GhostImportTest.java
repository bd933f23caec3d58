package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Fixtures;
import dev.inkstone.image.GeneratedImages;
import dev.inkstone.importer.Imports;

/** Ghost JSON exports through POST /api/v1/imports: the fixtures field by field, the shared corpus by counts. */
@QuarkusTest
class GhostImportTest {

    private static final Path MODERN = Fixtures.path("ghost/modern-blog.ghost.json");
    private static final Path LEGACY = Fixtures.path("ghost/legacy-mobiledoc.ghost.json");
    private static final Set<String> WRITTEN = Set.of("created", "updated", "unchanged");

    private static void assertWholeRun(JsonPath job, String what) {
        assertEquals("completed", job.getString("status"), what + ": " + job.getString("error"));
        assertEquals("ghost", job.getString("format"), what);
        assertEquals(job.getInt("total"), job.getInt("processed"), what);
        assertEquals(0, job.getInt("failed"), what);
    }

    private static List<Map<String, Object>> lines(List<Map<String, Object>> items, String type, boolean written) {
        return items.stream().filter(i -> i.get("type").equals(type)
                && WRITTEN.contains(String.valueOf(i.get("outcome"))) == written).toList();
    }

    private static Map<String, Object> line(List<Map<String, Object>> items, String type, String title) {
        return Imports.item(items, type, title);
    }

    @Test
    void importsTheModernFixtureAndARerunCreatesNothing() {
        JsonPath job = Imports.upload(MODERN.toFile(), "application/json", false);
        assertWholeRun(job, "modern Ghost fixture");
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        assertEquals(4, lines(items, "post", true).size(), "4 posts written: " + items);
        assertEquals(3, lines(items, "tag", true).size(), "3 public tags");
        assertEquals("internal tag: Ghost does not show it", line(items, "tag", "#newsletter").get("reason"));
        assertEquals("skipped", line(items, "page", "About this site").get("outcome"));
        assertEquals("pages are not supported yet", line(items, "page", "About this site").get("reason"));
        Map<String, Object> noBody = line(items, "post", "Paragraphs only");
        assertEquals("skipped", noBody.get("outcome"));
        assertTrue(String.valueOf(noBody.get("reason")).startsWith("the lexical body has no html"), noBody.toString());
        assertTrue(items.stream().anyMatch(i -> i.get("type").equals("image") && i.get("outcome").equals("missing")
                && "/content/images/2024/05/harbour.jpg".equals(i.get("title"))
                && String.valueOf(i.get("reason")).startsWith("featured image: ")), "the featured image is reported");
        assertTrue(String.valueOf(line(items, "post", "Notes from the harbour").get("reason"))
                .contains("internal tag '#newsletter' dropped"));

        asAdmin().get("/api/v1/posts/slug/fixture-ghost-harbour").then().statusCode(200)
                .body("title", equalTo("Notes from the harbour")).body("status", equalTo("published"))
                .body("publishedAt", equalTo("2024-05-01T08:30:00Z")).body("authors.name", equalTo(List.of("Ada Writer", "林小山")))
                .body("excerpt", equalTo("A morning by the water."))
                .body("tags.slug", equalTo(List.of("fixture-ghost-travel", "fixture-ghost-news")))
                .body("html", containsString("<strong>dawn</strong>"));
        asAdmin().get("/api/v1/posts/slug/fixture-ghost-xihu-morning").then().statusCode(200)
                .body("title", equalTo("西湖的早晨")).body("authors.name", equalTo(List.of("林小山", "Ada Writer")))
                .body("tags.name", equalTo(List.of("旅行"))).body("html", containsString("<strong>西湖</strong>"));
        asAdmin().get("/api/v1/posts/slug/fixture-ghost-draft").then().statusCode(200)
                .body("status", equalTo("draft")).body("html", containsString("<strong>thinking</strong>"));
        asAdmin().get("/api/v1/posts/slug/fixture-ghost-next-spring").then().statusCode(200)
                .body("status", equalTo("scheduled")).body("publishedAt", equalTo("2031-04-01T00:00:00Z"));
        asAdmin().get("/api/v1/posts/slug/fixture-ghost-about").then().statusCode(404);
        asAdmin().get("/api/v1/tags/slug/hash-newsletter").then().statusCode(404);

        JsonPath again = Imports.upload(MODERN.toFile(), "application/json", false);
        assertWholeRun(again, "modern Ghost fixture rerun");
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(job.getInt("skipped"), again.getInt("skipped"));
    }

    @Test
    void importsTheLegacyMobiledocFixtureByServerPath() {
        JsonPath job = Imports.serverPath(LEGACY, false);
        assertWholeRun(job, "legacy Ghost fixture");
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        assertEquals(2, lines(items, "post", true).size(), items.toString());
        assertEquals("pages are not supported yet", line(items, "page", "An old page").get("reason"));
        asAdmin().get("/api/v1/posts/slug/fixture-ghost-legacy-markdown").then().statusCode(200)
                .body("authors.name", equalTo(List.of("Old Timer"))).body("publishedAt", equalTo("2017-05-04T08:00:00Z"))
                .body("tags.slug", equalTo(List.of("fixture-ghost-legacy")))
                .body("html", containsString("<strong>Ghost 1.0</strong>"));
        asAdmin().get("/api/v1/posts/slug/fixture-ghost-legacy-mixed").then().statusCode(200)
                .body("status", equalTo("draft")).body("html", containsString("<em>HTML card</em>"));
        assertTrue(String.valueOf(line(items, "post", "Mixed mobiledoc").get("reason"))
                .contains("other than markdown and HTML cards were left out"));
    }

    @Test
    void aZipBringsTheImagesTheExportNamesUnderContentImages(@TempDir Path dir) throws IOException {
        File zip = dir.resolve("ghost-site.zip").toFile();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip.toPath()))) {
            out.putNextEntry(new ZipEntry("blog.ghost.2024-06-01.json"));
            Files.copy(MODERN, out);
            out.putNextEntry(new ZipEntry("content/images/2024/05/harbour.jpg"));
            out.write(GeneratedImages.named(GeneratedImages.PHOTO_JPEG));
        }
        JsonPath job = Imports.upload(zip, "application/zip", false);
        assertWholeRun(job, "zipped Ghost export");
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        assertTrue(items.stream().noneMatch(i -> "/content/images/2024/05/harbour.jpg".equals(i.get("title"))
                && i.get("outcome").equals("missing")), "the featured image is found in the zip: " + items);
        asAdmin().get("/api/v1/posts/slug/fixture-ghost-harbour").then().statusCode(200)
                .body("featuredImage.id", notNullValue());
    }

    @Test
    void aTruncatedExportFailsItsJobAndWritesNothing(@TempDir Path dir) throws IOException {
        String whole = Files.readString(MODERN);
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, whole.substring(0, whole.indexOf("\"users\"")).replace("fixture-ghost-", "cut-ghost-"));
        JsonPath job = Imports.upload(cut.toFile(), "application/json", false);
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("error").startsWith("malformed JSON at line"), job.getString("error"));
        assertEquals(0, job.getInt("processed"));
        asAdmin().get("/api/v1/posts/slug/cut-ghost-harbour").then().statusCode(404);
    }

    /** Counted with a script over the files: posts with a body, posts without one, distinct public tag slugs. */
    @Test
    void importsEveryCorpusExportWithItsCounts() {
        Object[][] expected = {
                { "ghost/ghosttohugo/unwrapped.json", 1, 0, 2 },
                { "ghost/tryghost-ghost/ghost-003-duplicate-tags.json", 1, 0, 1 },
                { "ghost/tryghost-ghost/ghost-1.8-mobiledoc-uppercase-tag-slug.json", 1, 0, 1 },
                { "ghost/tryghost-migrate/ghost-flat.json", 1, 0, 0 },
                { "ghost/tryghost-migrate/ghost.json", 2, 1, 2 },
        };
        for (Object[] file : expected) {
            String path = (String) file[0];
            JsonPath first = Imports.path(path, false);
            assertWholeRun(first, path);
            List<Map<String, Object>> items = Imports.items(first.getInt("id"));
            assertEquals(file[1], lines(items, "post", true).size(), path);
            assertEquals(file[2], lines(items, "post", false).size(), path);
            assertEquals(file[3], (int) lines(items, "tag", true).stream().map(i -> i.get("slug")).distinct().count(),
                    path);
            JsonPath again = Imports.path(path, false);
            assertWholeRun(again, path);
            assertEquals(0, again.getInt("created"), path + " rerun created");
            assertEquals(0, again.getInt("updated"), path + " rerun updated");
        }
        asAdmin().get("/api/v1/tags/slug/tag-1").then().statusCode(200).body("name", equalTo("tag1"));
    }
}
