package dev.inkstone.webhook;

import static dev.inkstone.common.Api.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.inkstone.common.EdgeSettingsProfile;

/** With the default INKSTONE_WEBHOOKS_ALLOW_PRIVATE=false: internal targets refused when saved and when sent. */
@QuarkusTest
@TestProfile(EdgeSettingsProfile.class)
class SsrfTest {

    @Inject
    WebhookRepository webhooks;

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.0.0.7/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]:9000/", "https://192.168.1.20/x",
            "http://[fd00:ec2::254]/" })
    void internalTargetsAre422NamingUrl(String url) {
        asAdmin().body(Map.of("url", url, "events", List.of("*"))).post("/api/v1/webhooks").then().statusCode(422)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("INKSTONE_WEBHOOKS_ALLOW_PRIVATE"));
    }

    @Test
    void aTargetThatTurnedInternalIsRefusedWhenSending() throws Exception {
        try (Receiver receiver = new Receiver()) {
            // As if the name had resolved to a public address when saved and to this machine now (DNS rebinding).
            long id = QuarkusTransaction.requiringNew().call(() -> {
                Webhook webhook = new Webhook();
                webhook.url = receiver.url();
                webhook.events = "*";
                webhook.active = true;
                webhook.secret = "whsec_test";
                webhook.createdAt = Instant.now();
                webhook.updatedAt = webhook.createdAt;
                webhooks.persist(webhook);
                return webhook.id;
            });
            asAdmin().post("/api/v1/webhooks/{id}/ping", id).then().statusCode(202);
            await().atMost(Duration.ofSeconds(15)).until(() -> asAdmin().get("/api/v1/webhooks/{id}/deliveries", id)
                    .then().extract().path("items[0].error") != null);
            asAdmin().get("/api/v1/webhooks/{id}/deliveries", id).then()
                    .body("items[0].error", containsString("resolves to 127.0.0.1"))
                    .body("items[0].statusCode", equalTo(null)).body("items[0].status", equalTo("pending"));
            assertEquals(List.of(), receiver.requests());
            asAdmin().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        }
    }
}
