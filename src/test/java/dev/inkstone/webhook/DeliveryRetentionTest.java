package dev.inkstone.webhook;

import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.inkstone.common.time.TestClock;
import dev.inkstone.common.time.Timestamps;

/** Finished deliveries older than keepDeliveries (30 days by default) are deleted; owed ones never are. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class DeliveryRetentionTest {

    @Inject
    TestClock clock;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryRetention retention;

    private Integer webhookId;

    @AfterEach
    void deleteWebhook() {
        if (webhookId != null) {
            asAdmin().delete("/api/v1/webhooks/{id}", webhookId).then().statusCode(204);
        }
    }

    @Test
    void oldFinishedDeliveriesGoInBatchesAndPendingOnesStay() {
        // Inactive, so the dispatcher never claims the pending rows written here.
        webhookId = asAdmin().body(Map.of("url", "http://127.0.0.1:9/retention", "events", List.of("post.*"),
                "active", false)).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        Instant now = Timestamps.normalize(clock.instant());
        Instant old = now.minus(Duration.ofDays(31));
        // One more than a batch: the pruning loop must go round twice.
        List<Long> oldDelivered = insert(WebhookDelivery.DELIVERED, old, DeliveryRetention.BATCH + 1);
        long oldFailed = insert(WebhookDelivery.FAILED, old, 1).get(0);
        long oldPending = insert(WebhookDelivery.PENDING, old, 1).get(0);
        long recentDelivered = insert(WebhookDelivery.DELIVERED, now.minus(Duration.ofDays(29)), 1).get(0);

        long deleted = retention.prune();

        assertTrue(deleted >= DeliveryRetention.BATCH + 2, "every old finished row of this webhook, at least: " + deleted);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, deliveries.count("id in ?1", oldDelivered), "old delivered rows are gone");
            assertNull(deliveries.findById(oldFailed), "an old failed row is gone");
            assertNotNull(deliveries.findById(oldPending), "a pending delivery is still owed, however old");
            assertNotNull(deliveries.findById(recentDelivered), "a delivery within 30 days stays");
        });
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", webhookId).then().statusCode(200)
                .body("page.totalItems", equalTo(2))
                .body("items.status", containsInAnyOrder("pending", "delivered"));
    }

    private List<Long> insert(String status, Instant lastClaimEnded, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(insert(status, lastClaimEnded));
            }
            return ids;
        });
    }

    private long insert(String status, Instant lastClaimEnded) {
        boolean pending = WebhookDelivery.PENDING.equals(status);
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhookId = webhookId;
        delivery.createdAt = lastClaimEnded.minus(Duration.ofMinutes(2));
        delivery.events = "post.published";
        delivery.changes = "[]";
        delivery.changeCount = 0;
        delivery.position = 1;
        delivery.status = status;
        delivery.attempt = pending ? 0 : 1;
        delivery.nextAttemptAt = lastClaimEnded;
        delivery.giveUpAt = lastClaimEnded.plus(Duration.ofDays(1));
        delivery.lastAttemptAt = pending ? null : lastClaimEnded;
        deliveries.persist(delivery);
        return delivery.id;
    }
}
