package dev.inkstone.common.json;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.inkstone.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client can send back what it read: a GET body as a PUT or PATCH body is accepted, the derived fields ignored,
 * tags and categories as the objects the GET showed, and version checked like If-Match.
 */
@QuarkusTest
class WritesAcceptWhatReadsShowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void acceptsAPostSentBackVerbatimAndChangesNothing() throws IOException {
        String parent = category(unique("root"), null);
        String slug = unique("round-trip");
        int image = uploadImage();
        String created = asAdmin().body(Map.of("title", "往返的文章", "slug", slug, "status", "published",
                        "markdown", "## 标题\n\n正文。", "tags", java.util.List.of(unique("标签"), "AI Agent " + slug),
                        "categories", java.util.List.of(parent), "featuredImage", image))
                .post("/api/v1/posts").then().statusCode(201).extract().asString();
        ObjectNode read = (ObjectNode) JSON.readTree(created);

        String answer = asAdmin().body(JSON.writeValueAsString(read)).put("/api/v1/posts/" + read.get("id"))
                .then().statusCode(200).extract().asString();

        assertEquals(read, JSON.readTree(answer), "sending back what was read changes nothing, not the version");
        asAdmin().body(JSON.writeValueAsString(read)).put("/api/v1/posts/slug/" + slug).then().statusCode(200)
                .body("version", equalTo(read.get("version").asInt()));
    }

    @Test
    void aStaleVersionInThePostBodyIsA412AndChangesNothing() throws IOException {
        String slug = unique("stale");
        ObjectNode read = (ObjectNode) JSON.readTree(asAdmin().body(Map.of("title", "旧的", "slug", slug,
                "markdown", "正文")).post("/api/v1/posts").then().statusCode(201).extract().asString());
        String id = read.get("id").asText();
        mergePatch().body("{\"title\": \"新的\"}").patch("/api/v1/posts/" + id).then().statusCode(200)
                .body("version", equalTo(2));

        read.put("title", "我的改动");
        asAdmin().body(JSON.writeValueAsString(read)).put("/api/v1/posts/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
        mergePatch().body("{\"title\": \"我的改动\", \"version\": 1}").patch("/api/v1/posts/" + id).then()
                .statusCode(412);
        asAdmin().get("/api/v1/posts/" + id).then().body("title", equalTo("新的"));
        mergePatch().body("{\"title\": \"我的改动\", \"version\": 2}").patch("/api/v1/posts/" + id).then()
                .statusCode(200).body("title", equalTo("我的改动"));
    }

    @Test
    void tagsAndCategoriesMayBeSlugsOrTheObjectsAGetShows() {
        String tag = unique("tag");
        String category = category(unique("cat"), null);
        asAdmin().body("{\"title\": \"对象\", \"markdown\": \"正文\", \"tags\": [{\"id\": 1, \"slug\": \"" + tag
                        + "\", \"name\": \"x\"}, \"" + tag + "-2\"], \"categories\": [{\"slug\": \"" + category
                        + "\", \"path\": [\"x\"], \"postCount\": 3}]}")
                .post("/api/v1/posts").then().statusCode(201)
                .body("tags.slug", equalTo(java.util.List.of(tag, tag + "-2")))
                .body("categories[0].slug", equalTo(category));
        asAdmin().body("{\"title\": \"对象\", \"markdown\": \"正文\", \"tags\": [{\"name\": \"no slug\"}]}")
                .post("/api/v1/posts").then().statusCode(400).body("errors.field", hasItem("tags[0]"));
    }

    @Test
    void trulyUnknownFieldsStayA400NamingTheField() {
        asAdmin().body("{\"title\": \"t\", \"markdown\": \"m\", \"wordcount\": 3}").post("/api/v1/posts").then()
                .statusCode(400).body("errors[0].field", equalTo("wordcount"));
        asAdmin().body("{\"name\": \"t\", \"colour\": \"red\"}").post("/api/v1/tags").then()
                .statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void acceptsATagAndACategorySentBackByPutAndPatch() throws IOException {
        ObjectNode tag = (ObjectNode) JSON.readTree(asAdmin().body(Map.of("name", "往返标签 " + unique("t")))
                .post("/api/v1/tags").then().statusCode(201).extract().asString());
        String tagPath = "/api/v1/tags/" + tag.get("id");
        assertEquals(tag, JSON.readTree(asAdmin().body(JSON.writeValueAsString(tag)).put(tagPath).then()
                .statusCode(200).extract().asString()));
        assertEquals(tag, JSON.readTree(mergePatch().body(JSON.writeValueAsString(tag)).patch(tagPath).then()
                .statusCode(200).extract().asString()));

        String root = category(unique("root"), null);
        String leaf = category(unique("leaf"), asAdmin().get("/api/v1/categories/slug/" + root).then()
                .extract().path("id"));
        ObjectNode category = (ObjectNode) JSON.readTree(asAdmin().get("/api/v1/categories/slug/" + leaf).then()
                .statusCode(200).extract().asString());
        String categoryPath = "/api/v1/categories/" + category.get("id");
        assertEquals(category, JSON.readTree(mergePatch().body(JSON.writeValueAsString(category))
                .patch(categoryPath).then().statusCode(200).extract().asString()));
        assertEquals(category, JSON.readTree(asAdmin().body(JSON.writeValueAsString(category)).put(categoryPath)
                .then().statusCode(200).extract().asString()));
        category.put("version", category.get("version").asLong() + 1);
        mergePatch().body(JSON.writeValueAsString(category)).patch(categoryPath).then().statusCode(412);
    }

    @Test
    void acceptsAnImageSentBackAsAPatch() throws IOException {
        int id = uploadImage();
        mergePatch().body("{\"alt\": \"西湖\", \"focalPoint\": {\"x\": 0.25, \"y\": 0.75}}")
                .patch("/api/v1/images/" + id).then().statusCode(200);
        ObjectNode image = (ObjectNode) JSON.readTree(asAdmin().get("/api/v1/images/" + id).then().statusCode(200)
                .extract().asString());

        String answer = mergePatch().body(JSON.writeValueAsString(image)).patch("/api/v1/images/" + id).then()
                .statusCode(200).extract().asString();

        assertEquals(image, JSON.readTree(answer));
        image.put("version", 99);
        mergePatch().body(JSON.writeValueAsString(image)).patch("/api/v1/images/" + id).then().statusCode(412);
    }

    private static String category(String slug, Integer parentId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "分类 " + slug, "slug", slug));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        asAdmin().body(body).post("/api/v1/categories").then().statusCode(201);
        return slug;
    }

    /** A small PNG of a random colour, so each upload is new bytes. */
    static int uploadImage() throws IOException {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        graphics.fillRect(0, 0, 40, 30);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        return TestImages.upload(TestImages.unique(png.toByteArray()), "round-trip.png", "image/png")
                .statusCode(201).extract().path("id");
    }
}
