package dev.inkstone.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two instances on one PostgreSQL database: instance A runs a long import; starting instance B does not mark A's job
 * interrupted (A heartbeats it), a retry of it through B is 409, and B warns that images on its own file system are
 * not A's; once A is killed with SIGKILL and its heartbeat is stale, B marks the job interrupted. Before job owners and
 * heartbeats, B's start marked A's running job interrupted at once.
 */
class TwoInstancesIT {

    /** Enough posts that the import outlasts B's start on a loaded machine (A is killed long before it ends). */
    private static final int POSTS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anotherInstanceTakesOverAJobOnlyOnceItsOwnerStoppedHeartbeating() throws Exception {
        assumeTrue("postgresql".equals(System.getenv("INKSTONE_DB_KIND")),
                "two instances need a database both can reach; this runs on PostgreSQL");
        Path jar = Path.of(System.getProperty("inkstone.jar", "target/quarkus-app/quarkus-run.jar"));
        assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + "; run it through ./mvnw verify");

        Path imports = Files.createDirectories(workDir.resolve("imports"));
        writeWxr(imports.resolve("long.wordpress.xml"), "two-" + UUID.randomUUID().toString().substring(0, 8));
        // A database of its own: the instances' admin token is created only in an empty one, and the 20,000 posts
        // stay out of the suite's.
        try (OwnPostgresDatabase database = new OwnPostgresDatabase("inkstone_two")) {
            run(jar, imports, database.env());
        }
    }

    private void run(Path jar, Path imports, Map<String, String> env) throws Exception {
        env.put("INKSTONE_IMPORT_PATH", imports.toString());
        env.put("INKSTONE_IMPORT_HEARTBEAT", "1s");
        env.put("INKSTONE_IMPORT_STALE_AFTER", "5s");

        try (PackagedApp a = new PackagedApp(jar, Files.createDirectories(workDir.resolve("a")), env);
                PackagedApp b = new PackagedApp(jar, Files.createDirectories(workDir.resolve("b")), env)) {
            a.start();
            HttpResponse<String> queued = client.send(HttpRequest.newBuilder(a.uri("/api/v1/imports/path"))
                    .header("Authorization", "Bearer " + PackagedApp.TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"path\": \"long.wordpress.xml\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, queued.statusCode(), queued.body());
            long id = JSON.readTree(queued.body()).get("id").asLong();
            await("A to write posts").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> job(a, id).get("processed").asInt() > 0);

            b.start();
            JsonNode seenByB = job(b, id);
            assertEquals("running", seenByB.get("status").asText(), "B's start left A's live job alone: " + seenByB);
            HttpResponse<String> retry = client.send(authorized(b, "/api/v1/imports/" + id + "/retry")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(409, retry.statusCode(), retry.body());
            assertTrue(retry.body().contains("running on another instance"), retry.body());
            assertTrue(b.log().contains("images one instance stores are not served by the others"),
                    "B warns that its file system image storage is its own");

            a.kill();
            int processed = job(b, id).get("processed").asInt();
            assertTrue(processed < POSTS, "A was killed mid-import (" + processed + " of " + POSTS + ")");
            JsonNode interrupted = await("B to mark the job of the dead instance interrupted")
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> job(b, id), j -> j.get("status").asText().equals("interrupted"));
            assertTrue(interrupted.get("error").asText().startsWith("the server stopped while the job was running"),
                    interrupted.toString());
        }
    }

    private JsonNode job(PackagedApp app, long id) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(authorized(app, "/api/v1/imports/" + id).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder authorized(PackagedApp app, String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + PackagedApp.TOKEN)
                .timeout(Duration.ofSeconds(30));
    }

    /** A WordPress export of {@link #POSTS} short published posts with slugs unique to this run. */
    private static void writeWxr(Path file, String prefix) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                         xmlns:content="http://purl.org/rss/1.0/modules/content/">
                    <channel><title>两个实例</title><link>https://%s.example</link>
                    """.formatted(prefix));
            for (int i = 0; i < POSTS; i++) {
                out.write("""
                        <item><title>第 %2$d 篇 Post %2$d</title><guid>https://%1$s.example/?p=%2$d</guid>
                        <wp:post_id>%2$d</wp:post_id><wp:post_name>%1$s-%2$d</wp:post_name>
                        <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
                        <content:encoded><![CDATA[<p>两个实例共用一个数据库。Two instances, one database.</p>]]>
                        </content:encoded></item>
                        """.formatted(prefix, i));
            }
            out.write("</channel></rss>\n");
        }
    }
}
