package dev.inkstone.export;

import static dev.inkstone.common.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.importer.Imports;

/**
 * Pages through the export and back: deleted after the export, the import re-creates them with their tree, menu
 * order, status, bodies, bylines and SEO fields, even when a parent has a higher id than its child (moved under a newer page).
 */
@QuarkusTest
class PageExportTest {

    private static JsonPath page(String slug, String status, Long parentId, int menuOrder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "关于 " + slug);
        body.put("slug", slug);
        body.put("status", status);
        body.put("markdown", "## 我们\n\n老范的博客。");
        body.put("parentId", parentId);
        body.put("menuOrder", menuOrder);
        // A byline of two (one created by its name) and SEO fields, which the round trip keeps too.
        body.put("authors", List.of("老范", Api.unique("export-author")));
        body.put("seo", Map.of("title", "关于 | 老范的博客", "canonicalUrl", "https://blog.example.cn/about",
                "noindex", status.equals("draft")));
        return asAdmin().body(body).post("/api/v1/pages").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void exportThenImportReproducesPagesWithTheirTree() throws Exception {
        JsonPath child = page(Api.unique("export-child"), "published", null, 7);
        JsonPath parent = page(Api.unique("导出页面"), "published", null, 3);
        JsonPath draft = page(Api.unique("export-draft"), "draft", parent.getLong("id"), 1);
        // The child moves under the newer page: the export lists it first, by id.
        JsonPath moved = Api.mergePatch().body(Map.of("parentId", parent.getLong("id")))
                .patch("/api/v1/pages/" + child.getLong("id")).then().statusCode(200).extract().jsonPath();

        String export = asAdmin().get("/api/v1/export").then().statusCode(200).extract().asString();
        JsonPath exported = JsonPath.from(export);
        assertEquals(parent.getLong("id"),
                exported.getLong("pages.find { it.slug == '" + child.getString("slug") + "' }.parentId"));
        assertEquals(7, exported.getInt("pages.find { it.slug == '" + child.getString("slug") + "' }.menuOrder"));

        for (JsonPath gone : List.of(moved, draft, parent)) {
            asAdmin().delete("/api/v1/pages/" + gone.getLong("id")).then().statusCode(204);
        }
        Path file = Path.of("target", Api.unique("page-export") + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, export, StandardCharsets.UTF_8);
        JsonPath job = Imports.serverPath(file, false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals(0, job.getInt("failed"));

        for (JsonPath before : List.of(moved, parent, draft)) {
            JsonPath after = asAdmin().get("/api/v1/pages/slug/" + before.getString("slug")).then().statusCode(200)
                    .extract().jsonPath();
            for (String field : List.of("title", "status", "publishedAt", "markdown", "html", "excerpt", "menuOrder",
                    "path", "wordCount", "authors", "seo")) {
                assertEquals((Object) before.get(field), after.get(field), before.getString("slug") + " " + field);
            }
        }
        JsonPath rerun = Imports.serverPath(file, false);
        assertEquals(0, rerun.getInt("failed"));
    }
}
