package dev.inkstone.packaged;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/** An uploaded Markdown file becomes a post with its tags, through the job runner of the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class ImportIT {

    @Test
    void importsAnUploadedMarkdownFile() throws IOException {
        String slug = unique("packaged-import");
        String tag = unique("imported-tag");
        Path file = Files.createTempFile("packaged-import-", ".md");
        Files.writeString(file, "---\ntitle: 导入的文章\nslug: " + slug + "\ndate: 2024-05-01 08:00:00\ntags: ["
                + tag + "]\n---\n\n打包后的导入。\n");
        int id = given().header("Authorization", "Bearer " + ADMIN_TOKEN).multiPart("file", file.toFile(),
                "text/markdown").post("/api/v1/imports").then().statusCode(202).extract().path("id");
        JsonPath job = Awaitility.await("import job " + id).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> asAdmin().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath(),
                        j -> !j.getString("status").equals("queued") && !j.getString("status").equals("running"));
        assertEquals("completed", job.getString("status"), job.prettify());
        assertEquals(1, job.getInt("created"), job.prettify());
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .body("title", equalTo("导入的文章")).body("tags[0].slug", equalTo(tag));
        Files.deleteIfExists(file);
    }
}
