package dev.inkstone.webhook;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.sql.SqlRecorder;

/**
 * Sending costs the database a fixed number of reads and webhook updates per batch, however many deliveries the batch
 * holds: the deliveries are claimed and reloaded in one query each, and a webhook's failing state is touched once per
 * batch. (The default test profile never ticks the dispatcher, so the run measured here is the only one.)
 */
@QuarkusTest
class DispatchStatementCountTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    WebhooksConfig config;

    @Inject
    @PersistenceUnitExtension
    SqlRecorder recorder;

    @Test
    void aBatchCostsTheSameStatementsWhateverItsSize() throws IOException {
        try (Receiver receiver = new Receiver()) {
            Map<String, Object> body = new java.util.HashMap<>(receiver.webhookBody(List.of("*"), 0));
            body.put("active", false);
            int id = asAdmin().body(body).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
            int deliveries = config.batchSize() * 2 + 3;
            for (int i = 0; i < deliveries; i++) {
                asAdmin().post("/api/v1/webhooks/{id}/ping", id).then().statusCode(202);
            }
            mergePatch().body("{\"active\": true}").patch("/api/v1/webhooks/{id}", id).then().statusCode(200);
            try {
                List<String> sql = recorder.during(dispatcher::run);

                assertEquals(deliveries, receiver.requests().size(), "every ping is sent once");
                int batches = 3;
                List<String> deliveryReads = sql.stream()
                        .filter(s -> s.startsWith("select") && s.contains("from webhook_delivery")).toList();
                // Per batch: the claim's locking id query and its reload, the record's reload; plus the empty claim.
                assertTrue(deliveryReads.size() <= 3 * batches + 1, () -> "delivery reads: " + deliveryReads);
                List<String> webhookUpdates = sql.stream().filter(s -> s.startsWith("update webhook ")).toList();
                assertTrue(webhookUpdates.size() <= batches, () -> "webhook updates: " + webhookUpdates);
            } finally {
                asAdmin().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
            }
        }
    }
}
