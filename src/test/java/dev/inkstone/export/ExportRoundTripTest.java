package dev.inkstone.export;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.image.GeneratedImages;
import dev.inkstone.image.TestImages;
import dev.inkstone.importer.Imports;

/**
 * Export, empty, import, export again: every item of a rich fixture (images, a category tree, a tag, an author with
 * bio, website, avatar and SEO fields, posts, a page tree, the site settings) comes back with the same JSON. The test
 * database is shared, so the export is cut to this test's items and "emptied tables" are this test's items deleted
 * and the site settings emptied. Ids differ between the two instances, so parents are compared by slug.
 */
@QuarkusTest
class ExportRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("images", "categories", "tags", "authors", "posts", "pages");

    @Test
    void exportThenImportIntoEmptiedTablesGivesBackTheSameJsonForEveryItem() throws Exception {
        Map<String, Integer> images = new LinkedHashMap<>();
        for (String name : List.of("avatar", "og", "featured")) {
            byte[] png = GeneratedImages.png(GeneratedImages.picture(64, 48, name.equals("og"), System.nanoTime()));
            images.put(name, TestImages.upload(png, name + ".png", "image/png").statusCode(201).extract()
                    .path("id"));
        }
        mergePatch().body(Map.of("alt", "老范的头像", "caption", "Avatar", "focalPoint", Map.of("x", 0.25, "y", 0.75)))
                .patch("/api/v1/images/" + images.get("avatar")).then().statusCode(200);
        Map<String, Object> seo = new HashMap<>(Map.of("title", "老范 | 科技与商业", "description", "所有文章\n第二行",
                "canonicalUrl", "https://lukefan.com/author/laofan/", "ogImage", images.get("og"), "noindex", true));

        String parentCategory = unique("往返分类");
        String category = unique("roundtrip-cat");
        String tag = unique("往返标签");
        String author = unique("往返作者");
        String post = unique("roundtrip-post");
        String draft = unique("roundtrip-draft");
        String parentPage = unique("往返页面");
        String page = unique("roundtrip-page");
        int parentCategoryId = create("/api/v1/categories", Map.of("name", "往返", "slug", parentCategory,
                "description", "上级分类"));
        int categoryId = create("/api/v1/categories", Map.of("name", "Round trip", "slug", category,
                "parentId", parentCategoryId, "seo", seo));
        int tagId = create("/api/v1/tags", Map.of("name", "往返标签", "slug", tag, "description", "标签说明",
                "seo", Map.of("description", "Only a description")));
        int authorId = create("/api/v1/authors", Map.of("name", "老范 " + author, "slug", author,
                "bio", "写科技与商业的**老范**。\n\nSecond paragraph.", "website", "https://lukefan.com/",
                "avatar", images.get("avatar"), "seo", seo));
        int postId = create("/api/v1/posts", Map.ofEntries(Map.entry("title", "往返文章"), Map.entry("slug", post),
                Map.entry("status", "published"), Map.entry("publishedAt", "2026-01-13T08:00:00Z"),
                Map.entry("markdown", "# 标题\n\n正文 *text*。"), Map.entry("excerpt", "摘要"),
                Map.entry("tags", List.of(tag)), Map.entry("categories", List.of(category)),
                Map.entry("authors", List.of(author)), Map.entry("featuredImage", images.get("featured")),
                Map.entry("sourceUrl", "https://old.example.com/?p=42"), Map.entry("seo", seo)));
        int draftId = create("/api/v1/posts", Map.of("title", "草稿", "slug", draft, "markdown", "还没写完"));
        int parentPageId = create("/api/v1/pages", Map.of("title", "关于", "slug", parentPage, "status", "published",
                "markdown", "## 我们", "menuOrder", 2, "authors", List.of(author)));
        int pageId = create("/api/v1/pages", Map.ofEntries(Map.entry("title", "Contact"), Map.entry("slug", page),
                Map.entry("status", "draft"), Map.entry("markdown", "Write to us."), Map.entry("excerpt", "联系"),
                Map.entry("parentId", parentPageId), Map.entry("menuOrder", 5),
                Map.entry("featuredImage", images.get("featured")), Map.entry("authors", List.of(author)),
                Map.entry("seo", seo)));
        mergePatch().body(Map.of("title", "老范的博客", "description", "写代码，也写生活",
                "url", "https://blog.example.cn", "locale", "zh-CN", "timezone", "Asia/Shanghai",
                "logoImageId", images.get("og"), "iconImageId", images.get("avatar"),
                "navigation", List.of(Map.of("label", "首页", "url", "/"), Map.of("label", "文章", "postId", postId)),
                "secondaryNavigation", List.of(Map.of("label", "分类", "categoryId", categoryId),
                        Map.of("label", "标签", "tagId", tagId))))
                .patch("/api/v1/site").then().statusCode(200);

        Set<String> slugs = Set.of(parentCategory, category, tag, author, post, draft, parentPage, page);
        Map<String, String> originals = new LinkedHashMap<>();
        for (int id : images.values()) {
            JsonPath image = asAdmin().get("/api/v1/images/" + id).then().extract().jsonPath();
            originals.put(image.getString("sha256"), image.getString("url"));
        }
        ObjectNode before = mine(export(), slugs, originals.keySet());
        for (String kind : KINDS) {
            assertEquals(kind.equals("images") ? 3 : kind.equals("tags") || kind.equals("authors") ? 1 : 2,
                    before.get(kind).size(), kind + " of this test in the export");
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        originals.values().forEach(url -> files.put(url.substring(1),
                Api.anonymous().get(url).then().statusCode(200).extract().asByteArray()));
        for (String path : List.of("/api/v1/posts/" + postId, "/api/v1/posts/" + draftId, "/api/v1/pages/" + pageId,
                "/api/v1/pages/" + parentPageId, "/api/v1/tags/" + tagId, "/api/v1/categories/" + categoryId,
                "/api/v1/categories/" + parentCategoryId, "/api/v1/authors/" + authorId)) {
            asAdmin().delete(path).then().statusCode(204);
        }
        mergePatch().body(ExportSeoAndSiteTest.EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);
        for (int id : images.values()) {
            asAdmin().delete("/api/v1/images/" + id).then().statusCode(204);
        }

        Path zip = Path.of("target", unique("roundtrip") + ".zip");
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("inkstone-export.json"));
            entries.write(JSON.writeValueAsBytes(before));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entries.putNextEntry(new ZipEntry(file.getKey()));
                entries.write(file.getValue());
            }
        }
        JsonPath job = Imports.serverPath(zip, false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals(0, job.getInt("failed"));
        assertEquals(0, job.getInt("skipped"), Imports.items(job.getInt("id")).toString());

        ObjectNode after = mine(export(), slugs, originals.keySet());
        try {
            for (String kind : KINDS) {
                Map<String, JsonNode> was = byKey(before.get(kind));
                Map<String, JsonNode> is = byKey(after.get(kind));
                assertEquals(was.keySet(), is.keySet(), kind);
                was.forEach((key, item) -> assertEquals(item, is.get(key), kind + " " + key));
            }
            assertEquals(before.get("site"), after.get("site"), "site");
        } finally {
            mergePatch().body(ExportSeoAndSiteTest.EMPTY_SITE).patch("/api/v1/site").then().statusCode(200);
        }
    }

    private static int create(String collection, Map<String, Object> body) {
        return asAdmin().body(body).post(collection).then().statusCode(201).extract().path("id");
    }

    private static JsonNode export() throws Exception {
        return JSON.readTree(asAdmin().get("/api/v1/export").then().statusCode(200).extract().asByteArray());
    }

    /**
     * The export cut to this test's items, ids (which a new instance gives anew) left out: images are known by
     * sha256, and a category's or page's parent is named by its slug.
     */
    private static ObjectNode mine(JsonNode export, Set<String> slugs, Set<String> shas) {
        ObjectNode cut = JSON.createObjectNode();
        for (String field : List.of("format", "version")) {
            cut.set(field, export.get(field));
        }
        for (String kind : KINDS) {
            Map<Long, String> slugById = new HashMap<>();
            export.get(kind).forEach(item -> slugById.put(item.path("id").asLong(), item.path("slug").asText()));
            List<JsonNode> kept = new ArrayList<>();
            for (JsonNode item : export.get(kind)) {
                boolean ours = kind.equals("images") ? shas.contains(item.get("sha256").asText())
                        : slugs.contains(item.get("slug").asText());
                if (ours) {
                    ObjectNode copy = item.deepCopy();
                    if (copy.hasNonNull("parentId")) {
                        copy.put("parentSlug", slugById.get(copy.get("parentId").asLong()));
                    }
                    kept.add(copy);
                }
            }
            ArrayNode array = cut.putArray(kind);
            kept.forEach(array::add);
        }
        cut.set("site", export.get("site"));
        return cut;
    }

    /** Items by sha256 or slug, their ids left out. */
    private static Map<String, JsonNode> byKey(JsonNode items) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode item : items) {
            ObjectNode copy = item.deepCopy();
            copy.remove(List.of("id", "parentId"));
            byKey.put(copy.has("sha256") ? copy.get("sha256").asText() : copy.get("slug").asText(), copy);
        }
        return byKey;
    }
}
