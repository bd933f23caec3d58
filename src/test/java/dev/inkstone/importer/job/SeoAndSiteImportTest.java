package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.common.Fixtures;
import dev.inkstone.importer.Imports;

/** Yoast SEO meta and the channel's site settings from WXR, and Markdown stubs among dated posts. */
@QuarkusTest
class SeoAndSiteImportTest {

    private static final Map<String, Object> EMPTY_SITE = new HashMap<>();

    static {
        EMPTY_SITE.put("title", "");
        for (String field : List.of("description", "url", "logoImageId", "iconImageId", "navigation",
                "secondaryNavigation")) {
            EMPTY_SITE.put(field, null);
        }
        EMPTY_SITE.put("locale", "en");
        EMPTY_SITE.put("timezone", "UTC");
    }

    private static Map<String, Object> line(List<Map<String, Object>> items, String type, String title) {
        return items.stream().filter(i -> i.get("type").equals(type) && title.equals(i.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " line '" + title + "' in " + items));
    }

    private static JsonPath post(Map<String, Object> line) {
        return asAdmin().get("/api/v1/posts/" + line.get("resourceId")).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void yoastMetaBecomesSeoAndTheChannelFillsEmptySiteSettings() throws Exception {
        String run = Api.unique("yoast").toLowerCase();
        Path file = Path.of("target", run + ".wordpress.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(Fixtures.path("wxr/yoast-seo.wordpress.xml"),
                StandardCharsets.UTF_8).replace("RUN", run), StandardCharsets.UTF_8);
        mergePatch().body(EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);

        JsonPath job = Imports.serverPath(file, false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals(job.getInt("total"), job.getInt("processed"));
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));

        JsonPath first = post(line(items, "post", "算力差距高达百倍"));
        assertEquals("算力差距高达百倍 - 老范的博客", first.getString("seo.title"));
        assertEquals("闭门峰会上的坦白", first.getString("seo.description"));
        assertEquals("https://lukefan.com/2026/01/13/china-ai/", first.getString("seo.canonicalUrl"));
        assertTrue(first.getBoolean("seo.noindex"));

        Map<String, Object> secondLine = line(items, "post", "Second post");
        JsonPath second = post(secondLine);
        assertEquals("Second post", second.getString("seo.title"));
        assertNull(second.get("seo.canonicalUrl"));
        assertEquals(false, second.getBoolean("seo.noindex"));
        assertTrue(String.valueOf(secondLine.get("reason")).contains("seo.canonicalUrl"), secondLine.toString());

        JsonPath plain = post(line(items, "post", "No Yoast"));
        assertNull(plain.get("seo.title"));

        Map<String, Object> site = items.stream().filter(i -> i.get("type").equals("site")).findFirst().orElseThrow();
        assertEquals("updated", site.get("outcome"), site.toString());
        asAdmin().get("/api/v1/site").then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("老范的博客"))
                .body("description", org.hamcrest.Matchers.equalTo("写代码，也写生活"))
                .body("url", org.hamcrest.Matchers.equalTo("https://lukefan.example.com"))
                .body("locale", org.hamcrest.Matchers.equalTo("zh-CN"));

        // A second import finds the settings filled: they stay, and nothing else changes either.
        JsonPath again = Imports.serverPath(file, false);
        assertEquals(0, again.getInt("updated"));
        assertEquals(0, again.getInt("created"));
        Map<String, Object> kept = Imports.items(again.getInt("id")).stream()
                .filter(i -> i.get("type").equals("site")).findFirst().orElseThrow();
        assertEquals("unchanged", kept.get("outcome"));
        mergePatch().body(EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);
    }

    @Test
    void theCorpusYoastFileGivesItsPostSeoFields() {
        mergePatch().body(EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);
        JsonPath job = Imports.path("wxr/tryghost-migrate/has-yoast-meta.xml", false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        JsonPath yoast = post(line(items, "post", "My Sample Post"));
        assertEquals("My Custom SEO Title for Search Engines", yoast.getString("seo.title"));
        assertEquals("A short description of the post for search engine results pages",
                yoast.getString("seo.description"));
        assertNull(post(line(items, "post", "Post Without Yoast")).get("seo.title"));
        assertEquals("Acme Company", asAdmin().get("/api/v1/site").then().extract().path("title"));
        mergePatch().body(EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);
    }

    @Test
    void aMarkdownFileWithoutADateAmongDatedOnesIsADraft() {
        JsonPath job = Imports.serverPath(Fixtures.path("markdown-stubs/dated-among"), false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        Map<String, Object> template = items.stream()
                .filter(i -> String.valueOf(i.get("sourceKey")).endsWith("_template.md")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for _template.md in " + items));
        assertTrue(String.valueOf(template.get("reason")).contains("template or stub"), template.toString());
        assertEquals("draft", post(template).getString("status"));
        assertEquals("published", post(line(items, "post", "Second")).getString("status"));
        assertEquals("published", post(line(items, "post", "第一篇")).getString("status"));

        JsonPath undated = Imports.serverPath(Fixtures.path("markdown-stubs/undated-only"), false);
        for (Map<String, Object> each : Imports.items(undated.getInt("id"))) {
            assertEquals("published", post(each).getString("status"), each.toString());
        }
    }
}
