package dev.inkstone.export;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
 * SEO fields and the site settings through export and import. The test database is shared, so "an empty instance" is
 * made by deleting this test's content and emptying the site settings after the export.
 */
@QuarkusTest
class ExportSeoAndSiteTest {

    /** Site settings as nobody set them: what an import may fill. */
    static final Map<String, Object> EMPTY_SITE = new HashMap<>();

    static {
        EMPTY_SITE.put("title", "");
        for (String field : List.of("description", "url", "logoImageId", "iconImageId", "navigation",
                "secondaryNavigation")) {
            EMPTY_SITE.put(field, null);
        }
        EMPTY_SITE.put("locale", "en");
        EMPTY_SITE.put("timezone", "UTC");
    }

    @Test
    void seoAndSiteSettingsRoundTripAndAnImportNeverOverwritesSettings() throws Exception {
        byte[] png = GeneratedImages.png(GeneratedImages.picture(80, 60, false, System.nanoTime()));
        int imageId = TestImages.upload(png, "og.png", "image/png").statusCode(201).extract().path("id");
        String sha = asAdmin().get("/api/v1/images/" + imageId).then().extract().path("sha256");
        String original = asAdmin().get("/api/v1/images/" + imageId).then().extract().path("url");
        Map<String, Object> seo = Map.of("title", "SEO 标题", "description", "Meta description",
                "canonicalUrl", "https://example.com/canonical", "ogImage", imageId, "noindex", true);
        String tag = Api.unique("seo-export-tag");
        String category = Api.unique("seo-export-cat");
        String post = Api.unique("seo-export-post");
        int tagId = asAdmin().body(Map.of("name", "导出标签", "slug", tag, "seo", seo)).post("/api/v1/tags").then()
                .statusCode(201).extract().path("id");
        int categoryId = asAdmin().body(Map.of("name", "导出分类", "slug", category, "seo", seo))
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
        int postId = asAdmin().body(Map.of("title", "导出 SEO", "slug", post, "status", "published", "markdown", "正文",
                "tags", List.of(tag), "categories", List.of(category), "seo", seo)).post("/api/v1/posts").then()
                .statusCode(201).extract().path("id");
        mergePatch().body(Map.of("title", "老范的博客", "description", "写代码，也写生活",
                "url", "https://blog.example.cn", "locale", "zh-CN", "timezone", "Asia/Shanghai",
                "logoImageId", imageId, "navigation", List.of(Map.of("label", "首页", "url", "/"),
                        Map.of("label", "文章", "postId", postId), Map.of("label", "标签", "tagId", tagId)),
                "secondaryNavigation", List.of(Map.of("label", "分类", "categoryId", categoryId))))
                .patch("/api/v1/site").then().statusCode(200);

        String export = asAdmin().get("/api/v1/export").then().statusCode(200).extract().asString();
        JsonPath exported = JsonPath.from(export);
        assertEquals(3, exported.getInt("version"));
        for (String kind : List.of("posts", "tags", "categories")) {
            String slug = kind.equals("posts") ? post : kind.equals("tags") ? tag : category;
            String at = kind + ".find { it.slug == '" + slug + "' }.seo.";
            assertEquals("SEO 标题", exported.getString(at + "title"), kind);
            assertEquals(sha, exported.getString(at + "ogImage"), kind);
            assertTrue(exported.getBoolean(at + "noindex"), kind);
        }
        assertEquals("老范的博客", exported.getString("site.title"));
        assertEquals(sha, exported.getString("site.logo"));
        assertEquals(post, exported.getString("site.navigation[1].post"));
        assertEquals(category, exported.getString("site.secondaryNavigation[0].category"));

        byte[] originalBytes = Api.anonymous().get(original).then().statusCode(200).extract().asByteArray();
        asAdmin().delete("/api/v1/posts/" + postId).then().statusCode(204);
        asAdmin().delete("/api/v1/tags/" + tagId).then().statusCode(204);
        asAdmin().delete("/api/v1/categories/" + categoryId).then().statusCode(204);
        mergePatch().body(EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);
        asAdmin().delete("/api/v1/images/" + imageId).then().statusCode(204);

        Path file = Path.of("target", Api.unique("seo-export") + ".zip");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("inkstone-export.json"));
            zip.write(export.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(original.substring(1)));
            zip.write(originalBytes);
        }
        JsonPath job = Imports.serverPath(file, false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals(0, job.getInt("failed"));
        Map<String, Object> siteLine = siteLine(job.getInt("id"));
        assertEquals("updated", siteLine.get("outcome"), siteLine.toString());

        for (String path : List.of("/api/v1/posts/slug/" + post, "/api/v1/tags/slug/" + tag,
                "/api/v1/categories/slug/" + category)) {
            JsonPath read = asAdmin().get(path).then().statusCode(200).extract().jsonPath();
            assertEquals("SEO 标题", read.getString("seo.title"), path);
            assertEquals("Meta description", read.getString("seo.description"), path);
            assertEquals("https://example.com/canonical", read.getString("seo.canonicalUrl"), path);
            assertTrue(read.getBoolean("seo.noindex"), path);
            assertTrue(read.getString("seo.ogImage.url").startsWith("/media/"), path);
        }
        JsonPath site = asAdmin().get("/api/v1/site").then().statusCode(200).extract().jsonPath();
        assertEquals("老范的博客", site.getString("title"));
        assertEquals("写代码，也写生活", site.getString("description"));
        assertEquals("https://blog.example.cn", site.getString("url"));
        assertEquals("zh-CN", site.getString("locale"));
        assertEquals("Asia/Shanghai", site.getString("timezone"));
        assertTrue(site.getString("logo.url").startsWith("/media/"));
        assertEquals(List.of("url", "post", "tag"), site.getList("navigation.type"));
        assertEquals(List.of("/", post, tag), List.of(site.getString("navigation[0].url"),
                site.getString("navigation[1].slug"), site.getString("navigation[2].slug")));
        assertEquals(category, site.getString("secondaryNavigation[0].slug"));

        // Settings someone chose are never overwritten.
        mergePatch().body(Map.of("title", "新的名字")).patch("/api/v1/site").then().statusCode(200);
        JsonPath again = Imports.serverPath(file, false);
        assertEquals(0, again.getInt("updated"));
        Map<String, Object> kept = siteLine(again.getInt("id"));
        assertEquals("unchanged", kept.get("outcome"));
        assertTrue(String.valueOf(kept.get("reason")).contains("not empty"), kept.toString());
        assertEquals("新的名字", asAdmin().get("/api/v1/site").then().extract().path("title"));
        mergePatch().body(EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);
    }

    @Test
    void anExportOfContentWithoutSeoCarriesNull() {
        String slug = Api.unique("no-seo");
        asAdmin().body(Map.of("title", "无 SEO", "slug", slug, "markdown", "x")).post("/api/v1/posts").then()
                .statusCode(201);
        JsonPath exported = JsonPath.from(asAdmin().get("/api/v1/export").then().statusCode(200).extract()
                .asString());
        assertNull(exported.get("posts.find { it.slug == '" + slug + "' }.seo"));
    }

    private static Map<String, Object> siteLine(int jobId) {
        return Imports.items(jobId).stream().filter(i -> i.get("type").equals("site")).findFirst()
                .orElseThrow(() -> new AssertionError("no site line in job " + jobId));
    }
}
