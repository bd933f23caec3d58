package dev.inkstone.common.openapi;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static dev.inkstone.common.Api.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Real traffic agrees with the document: requests to every operation, good and bad, are checked with a validating
 * library against the committed openapi/openapi.json (requests, status codes, headers and bodies), as a validating
 * proxy such as Prism would check them. Zero violations.
 */
@QuarkusTest
class OpenApiReplayTest {

    private final ContractRecorder record = new ContractRecorder();

    private RequestSpecification admin() {
        return given().filter(record.valid()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("application/json");
    }

    private RequestSpecification adminWrong() {
        return given().filter(record.wrong()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("application/json");
    }

    private RequestSpecification patch(boolean valid) {
        return given().filter(valid ? record.valid() : record.wrong())
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("application/merge-patch+json; charset=UTF-8");
    }

    private RequestSpecification anonymous() {
        return given().filter(record.valid());
    }

    private RequestSpecification anonymousWrong() {
        return given().filter(record.wrong()).contentType("application/json");
    }

    @Test
    void everyOperationAnswersAsDocumented() throws IOException {
        // categories
        String root = unique("根");
        int rootId = admin().body(Map.of("name", "根分类", "slug", root)).post("/api/v1/categories").then()
                .statusCode(201).extract().path("id");
        int leafId = admin().body(Map.of("name", "子分类", "slug", unique("子"), "parentId", rootId))
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
        adminWrong().body("{\"name\": \"\"}").post("/api/v1/categories").then().statusCode(422);
        admin().get("/api/v1/categories?perPage=2").then().statusCode(200);
        anonymousWrong().get("/api/v1/categories?perPage=1000").then().statusCode(400);
        admin().get("/api/v1/categories/" + leafId).then().statusCode(200);
        admin().get("/api/v1/categories/slug/" + root).then().statusCode(200);
        anonymousWrong().get("/api/v1/categories/999999999").then().statusCode(404);
        admin().body(Map.of("name", "根分类 2", "slug", root)).put("/api/v1/categories/" + rootId).then()
                .statusCode(200);
        patch(true).body("{\"description\": \"说明\"}").patch("/api/v1/categories/" + leafId).then().statusCode(200);
        adminWrong().delete("/api/v1/categories/" + rootId).then().statusCode(409);

        // tags
        String tag = unique("标签");
        int tagId = admin().body(Map.of("name", tag)).post("/api/v1/tags").then().statusCode(201)
                .extract().path("id");
        String tagSlug = admin().get("/api/v1/tags/" + tagId).then().statusCode(200).extract().path("slug");
        admin().get("/api/v1/tags/slug/" + tagSlug).then().statusCode(200);
        admin().get("/api/v1/tags?sort=-postCount&perPage=3").then().statusCode(200);
        anonymousWrong().get("/api/v1/tags?sort=colour").then().statusCode(400);
        admin().body(Map.of("name", tag, "description", "d")).put("/api/v1/tags/" + tagId).then().statusCode(200);
        patch(true).body("{\"description\": null}").patch("/api/v1/tags/" + tagId).then().statusCode(200);
        adminWrong().body("{\"name\": \"x\", \"colour\": 1}").post("/api/v1/tags").then().statusCode(400);
        anonymousWrong().body("{\"name\": \"x\"}").post("/api/v1/tags").then().statusCode(401);
        int doomed = admin().body(Map.of("name", unique("temp"))).post("/api/v1/tags").then().statusCode(201)
                .extract().path("id");
        admin().delete("/api/v1/tags/" + doomed).then().statusCode(204);
        adminWrong().delete("/api/v1/tags/" + doomed).then().statusCode(404);

        // images
        byte[] png = png();
        int imageId = given().filter(record.valid()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .multiPart("file", "west-lake.png", png, "image/png").multiPart("alt", "西湖")
                .post("/api/v1/images").then().statusCode(201).extract().path("id");
        given().filter(record.valid()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .multiPart("file", "west-lake.png", png, "image/png").post("/api/v1/images").then().statusCode(200);
        given().filter(record.wrong()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .multiPart("file", "x.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), "image/svg+xml")
                .post("/api/v1/images").then().statusCode(415);
        String url = admin().get("/api/v1/images/" + imageId).then().statusCode(200).extract().path("url");
        admin().get("/api/v1/images?perPage=5").then().statusCode(200);
        anonymous().get(url).then().statusCode(200);
        anonymous().header("Range", "bytes=0-9").get(url).then().statusCode(206);
        anonymousWrong().get("/media/" + "0".repeat(64) + "/original.png").then().statusCode(404);
        patch(true).body("{\"focalPoint\": {\"x\": 0.5, \"y\": 0.5}}").patch("/api/v1/images/" + imageId).then()
                .statusCode(200);
        patch(false).body("{\"focalPoint\": {\"x\": 2, \"y\": 0.5}}").patch("/api/v1/images/" + imageId).then()
                .statusCode(422);

        // posts
        String slug = unique("契约");
        String body = "{\"title\": \"契约测试\", \"slug\": \"" + slug + "\", \"status\": \"published\", "
                + "\"markdown\": \"## 契约\\n\\n正文\", \"tags\": [\"" + tagSlug + "\"], \"categories\": [\""
                + root + "\"], \"featuredImage\": " + imageId + "}";
        int postId = admin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        adminWrong().body(body).post("/api/v1/posts").then().statusCode(409);
        adminWrong().body("{\"title\": \" \", \"markdown\": \"x\"}").post("/api/v1/posts").then().statusCode(422);
        adminWrong().body("{\"titel\": \"x\"}").post("/api/v1/posts").then().statusCode(400);
        String etag = anonymous().get("/api/v1/posts/" + postId).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/v1/posts/" + postId).then().statusCode(304);
        anonymous().get("/api/v1/posts/slug/" + slug).then().statusCode(200);
        anonymousWrong().get("/api/v1/posts/slug/" + unique("nothing")).then().statusCode(404);
        anonymous().get("/api/v1/posts?perPage=1&tag=" + tagSlug + "&include=tags,categories").then()
                .statusCode(200);
        anonymous().get("/api/v1/posts?fields=id,slug,title&perPage=2").then().statusCode(200);
        anonymousWrong().get("/api/v1/posts?perPage=0").then().statusCode(400);
        anonymousWrong().get("/api/v1/posts?status=draft").then().statusCode(401);
        admin().get("/api/v1/posts?status=any&perPage=1").then().statusCode(200);
        admin().body(body).put("/api/v1/posts/" + postId).then().statusCode(200);
        admin().body(body).put("/api/v1/posts/slug/" + slug).then().statusCode(200);
        String other = unique("upsert");
        admin().body("{\"title\": \"新\", \"markdown\": \"m\"}").put("/api/v1/posts/slug/" + other).then()
                .statusCode(201);
        adminWrong().header("If-None-Match", "*").body("{\"title\": \"新\", \"markdown\": \"m\"}")
                .put("/api/v1/posts/slug/" + other).then().statusCode(412);
        admin().body("{\"posts\": [{\"title\": \"批量\", \"slug\": \"" + unique("batch") + "\", \"markdown\": \"m\"}, "
                + "{\"title\": \"Batch\", \"slug\": \"" + unique("batch") + "\", \"markdown\": \"m\", "
                + "\"categories\": [\"" + unique("no-such") + "\"]}]}").post("/api/v1/posts/batch").then()
                .statusCode(200);
        adminWrong().body("{\"posts\": []}").post("/api/v1/posts/batch").then().statusCode(422);
        patch(true).body("{\"title\": \"新标题\"}").patch("/api/v1/posts/" + postId).then().statusCode(200);
        patch(false).header("If-Match", etag).body("{\"title\": \"旧\"}").patch("/api/v1/posts/" + postId).then()
                .statusCode(412);
        adminWrong().body(body).put("/api/v1/posts/999999999").then().statusCode(404);
        adminWrong().delete("/api/v1/images/" + imageId).then().statusCode(409);

        // revisions and previews
        String revisions = "/api/v1/posts/" + postId + "/revisions";
        int revision = admin().get(revisions + "?perPage=5").then().statusCode(200).extract().path("items[1].id");
        admin().get(revisions + "/" + revision).then().statusCode(200);
        admin().get(revisions + "/" + revision + "/diff?against=current").then().statusCode(200);
        adminWrong().get(revisions + "/" + revision + "/diff?against=never").then().statusCode(400);
        admin().post(revisions + "/" + revision + "/restore").then().statusCode(200);
        adminWrong().header("If-Match", etag).post(revisions + "/" + revision + "/restore").then().statusCode(412);
        String previews = "/api/v1/posts/" + postId + "/previews";
        Map<String, Object> preview = admin().body(Map.of("expiresIn", "PT1H")).post(previews).then().statusCode(201)
                .extract().path("$");
        adminWrong().body(Map.of("expiresIn", "P1Y")).post(previews).then().statusCode(422);
        admin().get(previews).then().statusCode(200);
        anonymous().get("/api/v1/previews/" + preview.get("token")).then().statusCode(200);
        admin().delete(previews + "/" + preview.get("id")).then().statusCode(204);
        anonymousWrong().get("/api/v1/previews/" + preview.get("token")).then().statusCode(404);

        // site settings and navigation
        String site = anonymous().get("/api/v1/site").then().statusCode(200).extract().header("ETag");
        patch(true).body("{\"title\": \"老范的博客\", \"locale\": \"zh-CN\", \"navigation\": [{\"label\": \"首页\", "
                + "\"url\": \"/\"}, {\"label\": \"关于\", \"postId\": " + postId + "}]}").patch("/api/v1/site").then()
                .statusCode(200);
        patch(false).body("{\"navigation\": [{\"label\": \"两个\", \"url\": \"/\", \"postId\": " + postId + "}]}")
                .patch("/api/v1/site").then().statusCode(422);
        patch(false).header("If-Match", site).body("{\"title\": \"旧\"}").patch("/api/v1/site").then().statusCode(412);

        // search and sync
        anonymous().get("/api/v1/search?q=契约").then().statusCode(200);
        anonymousWrong().get("/api/v1/search").then().statusCode(400);
        anonymous().get("/api/v1/search/suggest?q=契").then().statusCode(200);
        anonymousWrong().get("/api/v1/search/suggest").then().statusCode(400);
        anonymous().get("/api/v1/sync?limit=5").then().statusCode(200);
        admin().get("/api/v1/sync?limit=5").then().statusCode(200);
        anonymousWrong().get("/api/v1/sync?since=garbage").then().statusCode(400);

        // feeds and sitemaps: the post above is published with the tag and in the root category
        anonymous().get("/feeds/rss.xml").then().statusCode(200);
        anonymous().get("/feeds/feed.json?limit=2").then().statusCode(200);
        anonymousWrong().get("/feeds/atom.xml?limit=1000").then().statusCode(400);
        anonymous().get("/feeds/tag/" + tagSlug + "/feed.json").then().statusCode(200);
        anonymousWrong().get("/feeds/tag/" + unique("nothing") + "/rss.xml").then().statusCode(404);
        anonymous().get("/feeds/category/" + root + "/feed.json").then().statusCode(200);
        anonymous().get("/sitemap.xml").then().statusCode(200);
        anonymous().get("/sitemaps/tags-1.xml").then().statusCode(200);
        anonymousWrong().get("/sitemaps/posts-9999999999.xml").then().statusCode(404);

        // imports and export
        byte[] markdown = ("---\ntitle: 导入契约\nslug: " + unique("imported") + "\n---\n\n正文\n")
                .getBytes(StandardCharsets.UTF_8);
        int job = given().filter(record.valid()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .multiPart("file", "post.md", markdown, "text/markdown").queryParam("dryRun", true)
                .post("/api/v1/imports").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> !Set.of("queued",
                "running").contains(given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                        .get("/api/v1/imports/" + job).then().extract().<String>path("status")));
        admin().get("/api/v1/imports/" + job).then().statusCode(200);
        admin().get("/api/v1/imports/" + job + "/items?perPage=10").then().statusCode(200);
        adminWrong().get("/api/v1/imports/" + job + "/items?outcome=maybe").then().statusCode(400);
        adminWrong().post("/api/v1/imports/" + job + "/retry").then().statusCode(409);
        adminWrong().post("/api/v1/imports/" + job + "/cancel").then().statusCode(409);
        adminWrong().post("/api/v1/imports/999999999/cancel").then().statusCode(404);
        adminWrong().get("/api/v1/imports/999999999").then().statusCode(404);
        adminWrong().body("{\"path\": \"/etc/passwd\"}").post("/api/v1/imports/path").then().statusCode(422);
        adminWrong().body("{\"url\": \"ftp://blog.example.com\"}").post("/api/v1/imports/wordpress").then()
                .statusCode(422);
        admin().get("/api/v1/export").then().statusCode(200);
        anonymousWrong().get("/api/v1/export").then().statusCode(401);

        // tokens
        admin().get("/api/v1/tokens").then().statusCode(200);
        int token = admin().body(Map.of("name", unique("replay"), "role", "reader")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("id");
        admin().delete("/api/v1/tokens/" + token).then().statusCode(204);
        adminWrong().delete("/api/v1/tokens/" + token).then().statusCode(404);

        // webhooks (the default test profile never ticks the dispatcher: nothing is sent)
        int hook = admin().body(Map.of("url", "http://127.0.0.1:9/rebuild", "events", List.of("post.*", "tag.*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        adminWrong().body(Map.of("url", "ftp://example.com/", "events", List.of("*"))).post("/api/v1/webhooks")
                .then().statusCode(422);
        admin().get("/api/v1/webhooks").then().statusCode(200);
        String hookTag = admin().get("/api/v1/webhooks/" + hook).then().statusCode(200).extract().header("ETag");
        patch(true).header("If-Match", hookTag).body("{\"coalesceSeconds\": 30}").patch("/api/v1/webhooks/" + hook)
                .then().statusCode(200);
        patch(false).header("If-Match", hookTag).body("{\"active\": false}").patch("/api/v1/webhooks/" + hook)
                .then().statusCode(412);
        admin().post("/api/v1/webhooks/" + hook + "/secret").then().statusCode(200);
        int delivery = admin().post("/api/v1/webhooks/" + hook + "/ping").then().statusCode(202).extract().path("id");
        admin().post("/api/v1/webhooks/" + hook + "/deliveries/" + delivery + "/redeliver").then().statusCode(202);
        admin().get("/api/v1/webhooks/" + hook + "/deliveries?perPage=1").then().statusCode(200);
        adminWrong().get("/api/v1/webhooks/999999999/deliveries").then().statusCode(404);
        admin().delete("/api/v1/webhooks/" + hook).then().statusCode(204);
        adminWrong().delete("/api/v1/webhooks/" + hook).then().statusCode(404);

        // old slugs and redirects
        String movedTag = unique("改名");
        patch(true).body("{\"slug\": \"" + movedTag + "\"}").patch("/api/v1/tags/" + tagId).then().statusCode(200);
        admin().redirects().follow(false).get("/api/v1/tags/slug/" + tagSlug).then().statusCode(301);
        String oldPath = "/" + unique("旧") + "/";
        int redirect = admin().body(Map.of("path", oldPath, "target", Map.of("type", "tag", "id", tagId)))
                .post("/api/v1/redirects").then().statusCode(201).extract().path("id");
        adminWrong().body(Map.of("path", oldPath, "targetPath", "/new/")).post("/api/v1/redirects").then()
                .statusCode(409);
        adminWrong().body(Map.of("path", "no-slash", "targetPath", "/new/")).post("/api/v1/redirects").then()
                .statusCode(422);
        admin().queryParam("path", oldPath).get("/api/v1/redirects").then().statusCode(200);
        admin().get("/api/v1/redirects?perPage=2").then().statusCode(200);
        anonymousWrong().get("/api/v1/redirects").then().statusCode(401);
        anonymousWrong().queryParam("path", "/" + unique("none")).get("/api/v1/redirects").then().statusCode(404);
        admin().get("/api/v1/redirects/" + redirect).then().statusCode(200);
        admin().delete("/api/v1/redirects/" + redirect).then().statusCode(204);
        adminWrong().delete("/api/v1/redirects/" + redirect).then().statusCode(404);

        // authors, their feed, and pages with a byline and seo
        String authorSlug = unique("作者");
        int authorId = admin().body(Map.of("name", "老范", "slug", authorSlug, "bio", "写**中国故事**",
                "website", "https://lukefan.com/")).post("/api/v1/authors").then().statusCode(201).extract()
                .path("id");
        adminWrong().body("{\"name\": \"\"}").post("/api/v1/authors").then().statusCode(422);
        admin().get("/api/v1/authors?perPage=2").then().statusCode(200);
        admin().get("/api/v1/authors/" + authorId).then().statusCode(200);
        patch(true).body("{\"bio\": \"写科技与商业\"}").patch("/api/v1/authors/" + authorId).then().statusCode(200);
        int authored = admin().body(Map.of("title", "作者的文章", "slug", unique("authored"), "status", "published",
                "markdown", "正文", "authors", List.of(authorSlug))).post("/api/v1/posts").then().statusCode(201)
                .extract().path("id");
        anonymous().get("/api/v1/authors/slug/" + authorSlug).then().statusCode(200);
        anonymous().get("/feeds/author/" + authorSlug + "/rss.xml").then().statusCode(200);
        anonymousWrong().get("/feeds/author/" + unique("nobody") + "/rss.xml").then().statusCode(404);
        anonymous().get("/api/v1/search/suggest?q=作者").then().statusCode(200);
        String pageSlug = unique("关于");
        int pageId = admin().body(Map.of("title", "关于", "slug", pageSlug, "status", "published", "markdown",
                "老范的博客", "authors", List.of(authorSlug), "seo", Map.of("description", "关于老范")))
                .post("/api/v1/pages").then().statusCode(201).extract().path("id");
        adminWrong().body(Map.of("title", "子页", "markdown", "x", "parentId", 999_999_999)).post("/api/v1/pages")
                .then().statusCode(422);
        anonymous().get("/api/v1/pages?parent=none&perPage=2").then().statusCode(200);
        anonymous().get("/api/v1/pages/" + pageId).then().statusCode(200);
        anonymous().get("/api/v1/pages/slug/" + pageSlug).then().statusCode(200);
        admin().body(Map.of("title", "关于我们", "status", "published", "markdown", "老范的博客"))
                .put("/api/v1/pages/" + pageId).then().statusCode(200);
        int childId = admin().body(Map.of("title", "团队", "status", "published", "markdown", "两个人",
                "parentId", pageId)).put("/api/v1/pages/slug/" + unique("team")).then().statusCode(201).extract()
                .path("id");
        patch(true).body("{\"menuOrder\": 5}").patch("/api/v1/pages/" + pageId).then().statusCode(200);
        admin().delete("/api/v1/pages/" + childId).then().statusCode(204);
        admin().delete("/api/v1/pages/" + pageId).then().statusCode(204);
        adminWrong().delete("/api/v1/pages/" + pageId).then().statusCode(404);
        admin().delete("/api/v1/posts/" + authored).then().statusCode(204);
        admin().delete("/api/v1/authors/" + authorId).then().statusCode(204);

        // the rest of the deletes, last so the content above stays referenced while it is read
        admin().delete("/api/v1/posts/" + postId).then().statusCode(204);
        adminWrong().delete("/api/v1/posts/" + postId).then().statusCode(404);
        admin().delete("/api/v1/images/" + imageId).then().statusCode(204);
        admin().delete("/api/v1/categories/" + leafId).then().statusCode(204);

        assertTrue(record.violations().isEmpty(), record.violations().size() + " violations:\n"
                + String.join("\n", record.violations()));
        Set<String> missed = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile()).get("paths");
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            if (!record.exchanges().contains(name)) {
                missed.add(name);
            }
        }));
        assertEquals(Set.of(), missed, "operations the replay never called");
    }

    private static byte[] png() throws IOException {
        BufferedImage picture = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        graphics.fillRect(0, 0, 48, 32);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return TestImages.unique(out.toByteArray());
    }
}
