package dev.inkstone.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A batched import killed with SIGKILL mid-way and run again leaves exactly one copy of everything: each batch of posts
 * commits whole with its source keys, tags, categories and report lines, so the re-run finds what committed unchanged
 * and writes only the rest. Every post, tag and category of the file then exists once (no "-2" slug, no second tag).
 */
class ImportKillIT {

    /** Enough posts that the import is still running when the first batches have committed. */
    private static final int POSTS = 3_000;
    private static final int TAGS = 40;
    private static final int CATEGORIES = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aKilledBatchedImportRunAgainLeavesExactlyOneCopyOfEverything() throws Exception {
        assumeFalse("postgresql".equals(System.getenv("INKSTONE_DB_KIND")),
                "the packaged jar is the PostgreSQL build; this test uses its default H2 database");
        // Absolute: the app runs in a working directory of its own.
        Path jar = Path.of(System.getProperty("inkstone.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + "; run it through ./mvnw verify");
        Path imports = Files.createDirectories(workDir.resolve("imports"));
        writeWxr(imports.resolve("kill.xml"));

        try (PackagedApp app = new PackagedApp(jar, Files.createDirectories(workDir.resolve("app")),
                Map.of("INKSTONE_IMPORT_PATH", imports.toString()))) {
            app.start();
            long first = startImport(app);
            await("the first batches to commit").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> job(app, first).get("processed").asInt() >= 100);
            app.kill();

            app.start();
            JsonNode killed = job(app, first);
            int before = killed.get("processed").asInt();
            assertTrue(before < POSTS + TAGS + CATEGORIES, "killed mid-import: " + killed);

            long second = startImport(app);
            JsonNode rerun = await("the re-run to end").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(200)).until(() -> job(app, second),
                            j -> !j.get("status").asText().equals("queued")
                                    && !j.get("status").asText().equals("running"));
            assertEquals("completed", rerun.get("status").asText(), rerun.toString());
            assertEquals(0, rerun.get("failed").asInt(), rerun.toString());
            assertEquals(0, rerun.get("updated").asInt(), "what committed before the kill is unchanged: " + rerun);
            assertTrue(rerun.get("unchanged").asInt() > 0, "the re-run found the committed batches: " + rerun);

            assertEquals(POSTS, total(app, "/api/v1/posts"), "one post per item");
            assertEquals(TAGS, total(app, "/api/v1/tags"), "one tag per name");
            assertEquals(CATEGORIES, total(app, "/api/v1/categories"), "one category per name");
            assertEquals(404, get(app, "/api/v1/posts/slug/kill-1-2").statusCode(), "no second copy of a post");

            long third = startImport(app);
            JsonNode again = await("the third run to end").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(200)).until(() -> job(app, third),
                            j -> !j.get("status").asText().equals("queued")
                                    && !j.get("status").asText().equals("running"));
            assertEquals(0, again.get("created").asInt(), again.toString());
            assertEquals(0, again.get("updated").asInt(), again.toString());
            assertEquals(POSTS, total(app, "/api/v1/posts"));
        }
    }

    private long startImport(PackagedApp app) throws IOException, InterruptedException {
        HttpResponse<String> queued = client.send(authorized(app, "/api/v1/imports/path")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\": \"kill.xml\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, queued.statusCode(), queued.body());
        return JSON.readTree(queued.body()).get("id").asLong();
    }

    private JsonNode job(PackagedApp app, long id) throws IOException, InterruptedException {
        HttpResponse<String> response = get(app, "/api/v1/imports/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private int total(PackagedApp app, String list) throws IOException, InterruptedException {
        HttpResponse<String> response = get(app, list + "?perPage=1");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("page").get("totalItems").asInt();
    }

    private HttpResponse<String> get(PackagedApp app, String path) throws IOException, InterruptedException {
        return client.send(authorized(app, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(PackagedApp app, String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + PackagedApp.TOKEN)
                .timeout(Duration.ofSeconds(30));
    }

    /**
     * A WordPress export of {@link #POSTS} published posts, each with three of the tags and one category. Its channel
     * has no title or link, so no site-settings item (which the killed run may not reach) muddles the counts.
     */
    private static void writeWxr(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                         xmlns:content="http://purl.org/rss/1.0/modules/content/">
                    <channel>
                    """);
            for (int i = 0; i < POSTS; i++) {
                out.write("""
                        <item><title>第 %1$d 篇 Post %1$d</title><guid>https://kill.example/?p=%1$d</guid>
                        <link>https://kill.example/%1$d/</link>
                        <wp:post_id>%1$d</wp:post_id><wp:post_name>kill-%1$d</wp:post_name>
                        <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
                        <wp:post_date_gmt>2022-03-04 05:06:07</wp:post_date_gmt>
                        <category domain="category" nicename="kill-cat-%2$d">分类 %2$d</category>
                        <category domain="post_tag" nicename="kill-tag-%3$d">标签 %3$d</category>
                        <category domain="post_tag" nicename="kill-tag-%4$d">标签 %4$d</category>
                        <category domain="post_tag" nicename="kill-tag-%5$d">标签 %5$d</category>
                        <content:encoded><![CDATA[<p>导入中途被杀死，再导入一次。Killed mid-import, run again.</p>]]>
                        </content:encoded></item>
                        """.formatted(i, i % CATEGORIES, i % TAGS, (i + 7) % TAGS, (i + 19) % TAGS));
            }
            out.write("</channel></rss>\n");
        }
    }
}
