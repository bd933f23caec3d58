package dev.inkstone.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.webhook.Receiver;

/**
 * Two instances on one PostgreSQL send each delivery once: both read the same change log and claim from the same
 * outbox (the cursor row's lock, FOR UPDATE SKIP LOCKED and a lease), while posts are written through both.
 * PostgreSQL only: the default H2 database is embedded in one process.
 */
class TwoInstanceWebhookIT {

    private static final int POSTS = 40;
    private static final String TOKEN = PackagedApp.TOKEN;

    @TempDir
    Path workDir;

    @Test
    void eachDeliveryIsSentByOneInstanceOnce() throws Exception {
        assumeTrue("postgresql".equals(System.getenv("INKSTONE_DB_KIND")),
                "two instances need a shared PostgreSQL (INKSTONE_DB_KIND=postgresql); H2 is one process");
        Path jar = Path.of(System.getProperty("inkstone.jar", "target/quarkus-app/quarkus-run.jar"));
        assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + "; run it through ./mvnw verify");
        // A database of its own: the instances' admin token is created only in an empty one.
        try (OwnPostgresDatabase database = new OwnPostgresDatabase("inkstone_hooks_two")) {
            Map<String, String> env = database.env();
            env.put("INKSTONE_WEBHOOKS_ALLOW_PRIVATE", "true");
            run(jar, env);
        }
    }

    private void run(Path jar, Map<String, String> env) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String run = Long.toString(System.currentTimeMillis(), 36);
        Files.createDirectories(workDir.resolve("a"));
        Files.createDirectories(workDir.resolve("b"));
        try (Receiver receiver = new Receiver(); PackagedApp a = new PackagedApp(jar, workDir.resolve("a"), env);
                PackagedApp b = new PackagedApp(jar, workDir.resolve("b"), env)) {
            a.start();
            b.start();
            String webhook = send(client, a, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url()
                    + "\", \"events\": [\"post.published\"]}", 201);
            String id = webhook.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
            List<String> slugs = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                String slug = "twice-" + run + "-" + i;
                send(client, i % 2 == 0 ? a : b, "PUT", "/api/v1/posts/slug/" + slug, "{\"title\": \"双实例 " + i
                        + "\", \"status\": \"published\", \"markdown\": \"每个投递只发一次。\"}", 201);
                slugs.add(slug);
            }
            Pattern slug = Pattern.compile("\"slug\":\"(twice-" + run + "-\\d+)\"");
            await("every post's delivery").atMost(Duration.ofSeconds(60)).until(() ->
                    count(receiver, slug).keySet().containsAll(slugs));
            // A ping through each instance, received after both dispatchers had every earlier delivery due.
            send(client, a, "POST", "/api/v1/webhooks/" + id + "/ping", "", 202);
            send(client, b, "POST", "/api/v1/webhooks/" + id + "/ping", "", 202);
            await("the pings").atMost(Duration.ofSeconds(30)).until(() -> receiver.requests().stream()
                    .filter(r -> r.text().contains("\"ping\"")).count() == 2);

            Map<String, Integer> perSlug = count(receiver, slug);
            perSlug.values().removeIf(n -> n == 1);
            assertEquals(Map.of(), perSlug, "posts delivered more than once");
            Map<String, Integer> perDelivery = new TreeMap<>();
            receiver.requests().forEach(r -> perDelivery.merge(r.delivery(), 1, Integer::sum));
            perDelivery.values().removeIf(n -> n == 1);
            assertEquals(Map.of(), perDelivery, "deliveries sent more than once");
            send(client, a, "DELETE", "/api/v1/webhooks/" + id, "", 204);
        }
    }

    private static Map<String, Integer> count(Receiver receiver, Pattern slug) {
        Map<String, Integer> counts = new TreeMap<>();
        receiver.requests().forEach(r -> {
            Matcher m = slug.matcher(r.text());
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        });
        return counts;
    }

    static String send(HttpClient client, PackagedApp app, String method, String path, String body, int expected)
            throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }
}
