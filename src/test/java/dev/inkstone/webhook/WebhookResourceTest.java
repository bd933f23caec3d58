package dev.inkstone.webhook;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The admin API of webhooks: fields, validation, the secret shown once, deliveries paged, ping and redeliver. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class WebhookResourceTest {

    /** Nothing listens there: deliveries fail and stay pending, which is all these tests need. */
    private static final String NOWHERE = "http://127.0.0.1:9/hook";

    @Test
    void theSecretIsShownOnlyWhenMadeAndRotated() {
        var created = asAdmin().body(Map.of("url", NOWHERE, "events", List.of("post.published", "tag.*")))
                .post("/api/v1/webhooks").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/webhooks/[0-9]+"))
                .body("secret", startsWith("whsec_")).body("active", equalTo(true))
                .body("coalesceSeconds", equalTo(0)).body("events", equalTo(List.of("post.published", "tag.*")))
                .extract();
        int id = created.path("id");
        String secret = created.path("secret");
        asAdmin().get("/api/v1/webhooks/{id}", id).then().statusCode(200).body("secret", nullValue())
                .body("url", equalTo(NOWHERE));
        asAdmin().get("/api/v1/webhooks").then().statusCode(200).body("id", hasItem(id))
                .body("secret", not(hasItem(secret)));
        String rotated = asAdmin().post("/api/v1/webhooks/{id}/secret", id).then().statusCode(200)
                .body("secret", startsWith("whsec_")).extract().path("secret");
        assertNotEquals(secret, rotated);
        asAdmin().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        asAdmin().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void onlyAdminsManageWebhooks() {
        anonymous().get("/api/v1/webhooks").then().statusCode(401);
        as(token("editor")).get("/api/v1/webhooks").then().statusCode(403);
        as(token("editor")).body(Map.of("url", NOWHERE, "events", List.of("*"))).post("/api/v1/webhooks").then()
                .statusCode(403);
    }

    @Test
    void badFieldsAreNamed() {
        asAdmin().body(Map.of("url", "ftp://example.com/x", "events", List.of("*"))).post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("url"));
        asAdmin().body(Map.of("url", "not a url", "events", List.of("*"))).post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("url"));
        asAdmin().body(Map.of("url", NOWHERE, "events", List.of("post.edited"))).post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("events"));
        asAdmin().body(Map.of("url", NOWHERE, "events", List.of())).post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("events"));
        asAdmin().body(Map.of("url", NOWHERE, "events", List.of("*"), "coalesceSeconds", 601))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("coalesceSeconds"));
        asAdmin().body(Map.of("url", NOWHERE, "events", List.of("*"), "secret", "mine")).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("secret"));
    }

    @Test
    void aMergePatchChangesWhatItNamesAndIsValidatedAsAWhole() {
        int id = asAdmin().body(Map.of("url", NOWHERE, "events", List.of("*"), "coalesceSeconds", 30))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        mergePatch().body("{\"events\": [\"category.*\"], \"active\": false}").patch("/api/v1/webhooks/{id}", id)
                .then().statusCode(200).body("events", equalTo(List.of("category.*"))).body("active", equalTo(false))
                .body("coalesceSeconds", equalTo(30)).body("url", equalTo(NOWHERE));
        mergePatch().body("{\"url\": \"gopher://x\"}").patch("/api/v1/webhooks/{id}", id).then().statusCode(422)
                .body("errors[0].field", equalTo("url"));
        mergePatch().body("{\"coalesceSeconds\": -1}").patch("/api/v1/webhooks/{id}", id).then().statusCode(422)
                .body("errors[0].field", equalTo("coalesceSeconds"));
        mergePatch().body("{}").patch("/api/v1/webhooks/{id}", 999_999_999).then().statusCode(404);
        asAdmin().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
    }

    @Test
    void pingsAreDeliveriesListedNewestFirstAndCanBeSentAgain() {
        // Inactive: its deliveries wait, so the list below is exactly what was queued.
        int id = asAdmin().body(Map.of("url", NOWHERE, "events", List.of("*"), "active", false))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        int first = asAdmin().post("/api/v1/webhooks/{id}/ping", id).then().statusCode(202)
                .body("status", equalTo("pending")).body("attempt", equalTo(0))
                .body("changes[0].event", equalTo("ping")).extract().path("id");
        int second = asAdmin().post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, first).then()
                .statusCode(202).body("events", equalTo(List.of("ping"))).extract().path("id");
        String next = asAdmin().queryParam("perPage", 1).get("/api/v1/webhooks/{id}/deliveries", id).then()
                .statusCode(200).header("X-Total-Count", "2").body("items[0].id", equalTo(second))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        asAdmin().queryParam("perPage", 1).queryParam("cursor", next).get("/api/v1/webhooks/{id}/deliveries", id)
                .then().statusCode(200).body("items[0].id", equalTo(first)).body("nextCursor", nullValue());
        asAdmin().post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, 999_999_999).then().statusCode(404);
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", 999_999_999).then().statusCode(404);
        asAdmin().queryParam("perPage", 101).get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(400)
                .body("errors[0].field", equalTo("perPage"));
        asAdmin().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
    }
}
