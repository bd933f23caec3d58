package dev.inkstone.export;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.image.GeneratedImages;
import dev.inkstone.image.TestImages;
import dev.inkstone.importer.Imports;

/**
 * The export round trip. The test database is shared with every other test, so "an empty instance" is made by
 * deleting this test's own posts, tags and categories after the export and importing the export back: they must
 * return exactly as they were (compared by slug), while everything else in the export is found unchanged.
 */
@QuarkusTest
class ExportResourceTest {

    @Test
    void exportThenImportIntoAnInstanceWithoutTheContentReproducesIt() throws Exception {
        String root = Api.unique("导出根");
        String child = Api.unique("export-child");
        long rootId = asAdmin().body(Map.of("name", "导出 " + root, "slug", root, "description", "根分类"))
                .post("/api/v1/categories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long childId = asAdmin().body(Map.of("name", "Child", "slug", child, "parentId", rootId))
                .post("/api/v1/categories").then().statusCode(201).extract().jsonPath().getLong("id");
        String tag = Api.unique("深度学习");
        String published = Api.unique("export-zh");
        String draft = Api.unique("export-draft");
        // Unique pixels, not only unique trailing bytes: the export carries the stripped original, which must be new
        // to this database even when it is kept from an earlier run.
        byte[] png = GeneratedImages.png(GeneratedImages.picture(96, 64, true, System.nanoTime()));
        int imageId = TestImages.upload(png, "export.png", "image/png").statusCode(201).extract().path("id");
        JsonPath image = Api.mergePatch().body(Map.of("alt", "一只黑色的虫", "caption", "图注",
                "focalPoint", Map.of("x", 0.25, "y", 0.75))).patch("/api/v1/images/" + imageId).then().statusCode(200)
                .extract().jsonPath();
        String sha = image.getString("sha256");
        JsonPath first = asAdmin().body(Map.ofEntries(Map.entry("title", "导出与导入：往返测试"),
                Map.entry("slug", published), Map.entry("status", "published"),
                Map.entry("publishedAt", "2025-03-04T05:06:07Z"),
                Map.entry("markdown", "## 背景\n\n正文 *强调* 与 [链接](https://example.com)。\n\n"
                        + "<div>raw <b>html</b></div>\n\n![虫](" + image.getString("variants[0].url") + ")"),
                Map.entry("excerpt", "手写的摘要"), Map.entry("tags", List.of(tag, Api.unique("Export Round Trip"))),
                Map.entry("categories", List.of(child)), Map.entry("featuredImage", imageId),
                Map.entry("sourceUrl", "https://example.com/original"), Map.entry("authors", List.of("老范", "Jane Doe"))))
                .post("/api/v1/posts").then().statusCode(201).extract().jsonPath();
        JsonPath second = asAdmin().body(Map.of("title", "A draft", "slug", draft, "markdown", "Draft body",
                "categories", List.of(root))).post("/api/v1/posts").then().statusCode(201).extract().jsonPath();

        String export = asAdmin().get("/api/v1/export").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"inkstone-export.json\"")
                .extract().asString();
        JsonPath exported = JsonPath.from(export);
        assertEquals("inkstone-export", exported.getString("format"));
        assertTrue(exported.getList("posts.slug").containsAll(List.of(published, draft)));
        assertEquals(rootId, exported.getLong("categories.find { it.slug == '" + child + "' }.parentId"));
        assertEquals(sha, exported.getString("posts.find { it.slug == '" + published + "' }.featuredImage"));
        assertEquals("一只黑色的虫", exported.getString("images.find { it.sha256 == '" + sha + "' }.alt"));
        String original = exported.getString("images.find { it.sha256 == '" + sha + "' }.url");
        assertEquals(image.getString("url"), original);
        byte[] originalBytes = anonymous().get(original).then().statusCode(200).extract().asByteArray();

        asAdmin().delete("/api/v1/posts/" + first.getLong("id")).then().statusCode(204);
        asAdmin().delete("/api/v1/posts/" + second.getLong("id")).then().statusCode(204);
        asAdmin().delete("/api/v1/categories/" + childId).then().statusCode(204);
        asAdmin().delete("/api/v1/categories/" + rootId).then().statusCode(204);
        for (Object id : first.getList("tags.id")) {
            asAdmin().delete("/api/v1/tags/" + id).then().statusCode(204);
        }
        asAdmin().delete("/api/v1/images/" + imageId).then().statusCode(204);

        // The export with each original at its URL's path, zipped; imported by server path, as a shared test
        // database soon outgrows what a test should upload.
        Path file = Path.of("target", Api.unique("inkstone-export") + ".zip");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("inkstone-export.json"));
            zip.write(export.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(original.substring(1)));
            zip.write(originalBytes);
        }
        JsonPath job = Imports.serverPath(file, false);
        assertEquals("inkstone", job.getString("format"));
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals(0, job.getInt("failed"));
        assertEquals(0, job.getInt("skipped"));
        // Other tests' content in a persistent database may be "updated" once: a scheduled post that has come due is
        // exported as published (its effective status) and stored so. The second import below changes nothing.
        assertEquals(2 + 2 + 2 + 1, job.getInt("created"), "two categories, two tags, two posts, one image");

        // The image is stored again from its original (metadata stripped, so its digest may differ): the post's
        // featured image and the URL in its body point at the new one.
        JsonPath featured = asAdmin().get("/api/v1/posts/slug/" + published).then().statusCode(200).extract()
                .jsonPath();
        String newSha = featured.getString("featuredImage.url").split("/")[2];
        for (String field : List.of("alt", "width", "height", "focalPoint.x", "focalPoint.y")) {
            assertEquals((Object) first.get("featuredImage." + field), featured.get("featuredImage." + field), field);
        }
        asAdmin().get("/api/v1/images/" + featured.getLong("featuredImage.id")).then().body("caption", equalTo("图注"))
                .body("filename", equalTo(image.getString("filename")));
        for (JsonPath before : List.of(first, second)) {
            JsonPath after = asAdmin().get("/api/v1/posts/slug/" + before.getString("slug")).then().statusCode(200)
                    .extract().jsonPath();
            for (String field : List.of("title", "status", "publishedAt", "markdown", "html", "excerpt", "wordCount",
                    "readingMinutes", "sourceUrl", "authors.slug", "authors.name", "tags.slug", "tags.name", "categories.slug",
                    "categories.name", "categories.path")) {
                Object expected = before.get(field) instanceof String text ? text.replace(sha, newSha)
                        : before.get(field);
                assertEquals(expected, after.get(field), before.getString("slug") + " " + field);
            }
        }

        asAdmin().get("/api/v1/categories/slug/" + child).then().statusCode(200)
                .body("path", equalTo(List.of("导出 " + root, "Child")));
        asAdmin().get("/api/v1/categories/slug/" + root).then().body("description", equalTo("根分类"));

        JsonPath rerun = Imports.serverPath(file, false);
        assertEquals(0, rerun.getInt("created"));
        assertEquals(0, rerun.getInt("updated"));
    }

    @Test
    void exportNeedsAToken() {
        anonymous().get("/api/v1/export").then().statusCode(401);
    }
}
