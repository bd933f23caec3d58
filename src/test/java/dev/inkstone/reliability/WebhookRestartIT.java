package dev.inkstone.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.webhook.Receiver;

/**
 * No committed change loses its webhook delivery when the process is killed: posts are written while the receiver
 * is down, the app gets SIGKILL right after the last 201 (some changes not yet read from the log, some deliveries
 * failed once, some maybe in flight), and after a restart the receiver, now up, gets every post's post.published.
 */
class WebhookRestartIT {

    private static final int POSTS = 20;

    @TempDir
    Path workDir;

    @Test
    void everyCommittedChangeIsDeliveredAfterKillMinus9() throws Exception {
        assumeFalse("postgresql".equals(System.getenv("INKSTONE_DB_KIND")),
                "the packaged jar is the PostgreSQL build; this test runs on the default H2 database");
        Path jar = Path.of(System.getProperty("inkstone.jar", "target/quarkus-app/quarkus-run.jar"));
        assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + "; run it through ./mvnw verify");

        HttpClient client = HttpClient.newHttpClient();
        // Quick retries, and a short lease for a delivery the killed process had claimed but not finished.
        Map<String, String> env = Map.of("INKSTONE_WEBHOOKS_ALLOW_PRIVATE", "true",
                "INKSTONE_WEBHOOKS_FIRST_RETRY", "1s", "INKSTONE_WEBHOOKS_CLAIM_LEASE", "15s");
        try (Receiver receiver = new Receiver(); PackagedApp app = new PackagedApp(jar, workDir, env)) {
            receiver.down(true);
            app.start();
            TwoInstanceWebhookIT.send(client, app, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url()
                    + "\", \"events\": [\"post.published\"]}", 201);
            List<String> slugs = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                String slug = "restart-" + i;
                TwoInstanceWebhookIT.send(client, app, "PUT", "/api/v1/posts/slug/" + slug, "{\"title\": \"重启 " + i
                        + "\", \"status\": \"published\", \"markdown\": \"重启后不丢投递。\"}", 201);
                slugs.add(slug);
            }
            app.kill();

            receiver.down(false);
            app.start();
            await("every post's delivery").atMost(Duration.ofSeconds(60)).until(() ->
                    delivered(receiver).containsAll(slugs));
            assertEquals(new TreeSet<>(slugs), delivered(receiver));
        }
    }

    /** The slugs named in deliveries the receiver answered 200. */
    private static Set<String> delivered(Receiver receiver) {
        Set<String> slugs = new TreeSet<>();
        receiver.requests().stream().filter(r -> r.answered() == 200).forEach(r -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"slug\":\"(restart-\\d+)\"").matcher(r.text());
            while (m.find()) {
                slugs.add(m.group(1));
            }
        });
        return slugs;
    }
}
