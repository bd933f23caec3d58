package dev.inkstone.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged write is lost on the default H2 database when the process is killed: PUTs stream in from two
 * clients, the process gets SIGKILL mid-stream, and after a restart every post that was answered 201 is there. With
 * H2's own WRITE_DELAY (500 ms) this lost the posts of the last half second.
 */
class DurabilityIT {

    private static final int WRITERS = 2;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @TempDir
    Path workDir;

    @Test
    void keepsEveryAcknowledgedPostAfterKillMinus9() throws Exception {
        assumeFalse("postgresql".equals(System.getenv("INKSTONE_DB_KIND")),
                "the packaged jar is the PostgreSQL build; this test is about the default H2 database");
        Path jar = Path.of(System.getProperty("inkstone.jar", "target/quarkus-app/quarkus-run.jar"));
        assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + "; run it through ./mvnw verify");

        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try (PackagedApp app = new PackagedApp(jar, workDir, Map.of())) {
            app.start();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int n = 0; writing.get(); n++) {
                        String slug = "durable-" + writer + "-" + n;
                        try {
                            HttpResponse<Void> response = client.send(put(app, slug),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 201) {
                                acknowledged.add(slug);
                            }
                        } catch (IOException e) {
                            return; // killed: this request was never acknowledged
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            await("writes to be acknowledged").atMost(Duration.ofSeconds(60))
                    .until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            app.kill(); // while both writers still have requests in flight
            writing.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS), "the writers stopped");

            app.start();
            List<String> lost = new ArrayList<>();
            for (String slug : acknowledged) {
                HttpResponse<Void> read = client.send(HttpRequest.newBuilder(app.uri("/api/v1/posts/slug/" + slug))
                        .header("Authorization", "Bearer " + PackagedApp.TOKEN).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (read.statusCode() != 200) {
                    lost.add(slug + " (" + read.statusCode() + ")");
                }
            }
            assertEquals(List.of(), lost, "of " + acknowledged.size() + " posts answered 201, these are gone");
        }
    }

    private static HttpRequest put(PackagedApp app, String slug) {
        String body = """
                {"title": "持久 %s", "status": "published", "markdown": "写入后被确认的文章不能丢失。"}""".formatted(slug);
        return HttpRequest.newBuilder(app.uri("/api/v1/posts/slug/" + slug))
                .header("Authorization", "Bearer " + PackagedApp.TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
