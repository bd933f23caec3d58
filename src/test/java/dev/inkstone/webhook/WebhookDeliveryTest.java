package dev.inkstone.webhook;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.inkstone.common.time.TestClock;

/** Webhooks end to end: real writes, the real dispatcher on its tick, a real HTTP receiver on this machine. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    DeliveryRepository deliveries;

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<Integer> webhooks = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        webhooks.forEach(id -> asAdmin().delete("/api/v1/webhooks/{id}", id));
        receivers.forEach(Receiver::close);
    }

    @Test
    void aPublishedPostArrivesSignedWithTheSecret() throws Exception {
        Receiver receiver = receiver();
        Map<String, Object> created = webhook(receiver, List.of("post.*"), 0);
        String secret = (String) created.get("secret");
        String slug = unique("signed");
        int postId = publish(slug);

        Receiver.Request request = awaitOne(receiver, slug);
        String[] parts = request.signature().split(",");
        String t = parts[0].substring("t=".length());
        String v1 = parts[1].substring("v1=".length());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signed = mac.doFinal((t + "." + request.text()).getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(signed), v1, "v1 is the HMAC-SHA256 of t.body with the secret");
        assertTrue(Math.abs(Long.parseLong(t) - clock.instant().getEpochSecond()) < 60, "t is now, in seconds");

        JsonNode body = JSON.readTree(request.body());
        assertEquals("post.published", body.at("/events/0").asText());
        assertEquals(postId, body.at("/changes/0/id").asInt());
        assertEquals(slug, body.at("/changes/0/slug").asText());
        assertTrue(body.at("/position").asLong() > 0, "the change-log position");
        assertEquals(request.delivery(), body.at("/deliveryId").asText());

        // The receiver has the request before the dispatcher has recorded its answer: wait for the record.
        await().atMost(WAIT).until(() -> "delivered".equals(asAdmin().get("/api/v1/webhooks/{id}/deliveries",
                created.get("id")).then().statusCode(200).extract().path("items[0].status")));
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", created.get("id")).then().statusCode(200)
                .body("items[0].status", equalTo("delivered")).body("items[0].statusCode", equalTo(200))
                .body("items[0].attempt", equalTo(1)).body("items[0].events[0]", equalTo("post.published"))
                .body("items[0].responseBody", equalTo("{\"status\": 200}"));
        // Edits of a public post are updates; unpublishing and deleting say so.
        mergePatch().body("{\"title\": \"改过的标题\"}").patch("/api/v1/posts/{id}", postId).then().statusCode(200);
        awaitEvent(receiver, slug, "post.updated");
        mergePatch().body("{\"status\": \"draft\"}").patch("/api/v1/posts/{id}", postId).then().statusCode(200);
        awaitEvent(receiver, slug, "post.unpublished");
        mergePatch().body("{\"status\": \"published\"}").patch("/api/v1/posts/{id}", postId).then().statusCode(200);
        // Published again, and announced, before the delete: a draft published and deleted within one pass of the
        // dispatcher was never public in between, so nothing would be announced (failed once in CI that way).
        awaitEvents(receiver, slug, "post.published", 2);
        asAdmin().delete("/api/v1/posts/{id}", postId).then().statusCode(204);
        awaitEvent(receiver, slug, "post.deleted");
    }

    @Test
    void pagesAreAnnouncedAsReadersSeeThem() {
        Receiver receiver = receiver();
        webhook(receiver, List.of("page.*"), 0);
        String slug = unique("about-page");
        int draft = asAdmin().body(Map.of("title", "草稿", "slug", slug + "-draft", "markdown", "x")).post("/api/v1/pages")
                .then().statusCode(201).extract().path("id");
        int pageId = asAdmin().body(Map.of("title", "关于", "slug", slug, "markdown", "# 关于", "status", "published"))
                .post("/api/v1/pages").then().statusCode(201).extract().path("id");
        awaitEvent(receiver, slug, "page.published");
        mergePatch().body("{\"title\": \"关于我们\"}").patch("/api/v1/pages/{id}", pageId).then().statusCode(200);
        awaitEvent(receiver, slug, "page.updated");
        mergePatch().body("{\"status\": \"draft\"}").patch("/api/v1/pages/{id}", pageId).then().statusCode(200);
        awaitEvent(receiver, slug, "page.unpublished");
        assertTrue(receiver.mentioning(slug + "-draft").isEmpty(), "a draft page's writes are nobody's news");
        asAdmin().delete("/api/v1/pages/{id}", draft).then().statusCode(204);
        asAdmin().delete("/api/v1/pages/{id}", pageId).then().statusCode(204);
    }

    @Test
    void aSiteSettingsChangeArrivesAsSiteChangedAndARefusedOneSendsNothing() throws Exception {
        Receiver receiver = receiver();
        webhook(receiver, List.of("site.*"), 0);
        String title = unique("老范的博客");
        mergePatch().body("{\"url\": \"ftp://refused.example\"}").patch("/api/v1/site").then().statusCode(422);
        mergePatch().body(Map.of("title", title)).patch("/api/v1/site").then().statusCode(200);
        mergePatch().body(Map.of("title", title)).patch("/api/v1/site").then().statusCode(200);

        await().atMost(WAIT).until(() -> !receiver.mentioning("site.changed").isEmpty());
        JsonNode body = JSON.readTree(receiver.mentioning("site.changed").get(0).body());
        assertEquals("site.changed", body.at("/events/0").asText());
        assertEquals("site", body.at("/changes/0/type").asText());
        assertEquals(1, body.at("/changes/0/id").asInt());
        // The refused patch and the one that changed nothing send nothing: a post write after them arrives second.
        String slug = unique("after-site");
        webhook(receiver, List.of("post.published"), 0);
        publish(slug);
        awaitOne(receiver, slug);
        assertEquals(2, receiver.requests().size(), "one site.changed, one post.published: " + receiver.requests());
    }

    @Test
    void aRolledBackWriteSendsNothing() {
        Receiver receiver = receiver();
        webhook(receiver, List.of("*"), 0);
        // The new tag is created, then the post is refused (scheduled without a date): both roll back.
        String failedTag = unique("never-tag");
        asAdmin().body(Map.of("title", "失败", "status", "scheduled", "markdown", "失败", "tags", List.of(failedTag)))
                .post("/api/v1/posts").then().statusCode(422);
        String after = unique("after-tag");
        asAdmin().body(Map.of("name", after, "slug", after)).post("/api/v1/tags").then().statusCode(201);

        awaitEvent(receiver, after, "tag.created");
        assertEquals(List.of(), receiver.mentioning(failedTag), "nothing of the rolled-back write");
        assertEquals(1, receiver.requests().size(), "only the committed tag: " + receiver.requests());
    }

    @Test
    void aReceiverAnswering500GetsTheDeliveryOnRetry() {
        Receiver receiver = receiver().answer(500);
        Map<String, Object> created = webhook(receiver, List.of("post.published"), 0);
        String slug = unique("retried");
        publish(slug);
        Receiver.Request first = awaitOne(receiver, slug);
        assertEquals(500, first.answered());
        await().atMost(WAIT).until(() -> "HTTP 500".equals(asAdmin().get("/api/v1/webhooks/{id}/deliveries",
                created.get("id")).then().extract().path("items[0].error")));
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", created.get("id")).then()
                .body("items[0].status", equalTo("pending")).body("items[0].attempt", equalTo(1))
                .body("items[0].statusCode", equalTo(500));
        asAdmin().get("/api/v1/webhooks/{id}", created.get("id")).then().body("failingSince", startsWith("20"));

        // The first retry waits 30 s, ±20 %: moving the clock past it (no sleep) brings it.
        clock.advance(Duration.ofSeconds(37));
        await().atMost(WAIT).until(() -> receiver.mentioning(slug).size() == 2);
        Receiver.Request second = receiver.mentioning(slug).get(1);
        assertEquals(first.delivery(), second.delivery(), "a retry is the same delivery");
        assertEquals(200, second.answered());
        await().atMost(WAIT).until(() -> "delivered".equals(asAdmin().get("/api/v1/webhooks/{id}/deliveries",
                created.get("id")).then().extract().path("items[0].status")));
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", created.get("id")).then()
                .body("items[0].attempt", equalTo(2)).body("items[0].error", equalTo(null));
        asAdmin().get("/api/v1/webhooks/{id}", created.get("id")).then().body("failingSince", equalTo(null));
    }

    @Test
    void twentyQuickEditsBecomeOneDelivery() {
        Receiver receiver = receiver();
        Map<String, Object> created = webhook(receiver, List.of("post.*"), 60);
        String slug = unique("coalesced");
        int postId = publish(slug);
        for (int i = 1; i < 20; i++) {
            mergePatch().body("{\"title\": \"第" + i + "稿\"}").patch("/api/v1/posts/{id}", postId).then()
                    .statusCode(200);
        }
        // The window is open for 60 s from the first change: nothing is due before it ends.
        await().atMost(WAIT).until(() -> (int) asAdmin().get("/api/v1/webhooks/{id}/deliveries", created.get("id"))
                .then().extract().path("page.totalItems") == 1);
        assertEquals(List.of(), receiver.requests());
        clock.advance(Duration.ofSeconds(61));
        Receiver.Request one = awaitOne(receiver, slug);
        JsonNode body = readTree(one);
        assertEquals(1, body.at("/changes").size(), "the post listed once: " + one.text());
        assertEquals("post.published", body.at("/changes/0/event").asText(), "published, then updated: published");
        // A ping, sent after whatever else was due, shows that no second delivery of the edits followed.
        asAdmin().post("/api/v1/webhooks/{id}/ping", created.get("id")).then().statusCode(202)
                .body("events[0]", equalTo("ping"));
        await().atMost(WAIT).until(() -> receiver.requests().size() == 2);
        assertEquals(1, receiver.mentioning(slug).size());
    }

    @Test
    void aScheduledPostFiresWhenItsTimeComes() {
        Receiver receiver = receiver();
        webhook(receiver, List.of("post.published"), 0);
        String slug = unique("scheduled");
        Map<String, Object> body = post(slug, "published");
        body.put("publishedAt", clock.instant().plus(Duration.ofHours(1)).toString());
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).body("status", equalTo("scheduled"));
        String marker = unique("marker");
        publish(marker);
        // Deliveries go out in log order: once the later post arrived, the scheduled one was read and not sent.
        awaitOne(receiver, marker);
        assertEquals(List.of(), receiver.mentioning(slug));

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        Receiver.Request fired = awaitOne(receiver, slug);
        assertEquals("post.published", readTree(fired).at("/events/0").asText());
    }

    @Test
    void aScheduledPageFiresWhenItsTimeComes() {
        Receiver receiver = receiver();
        webhook(receiver, List.of("page.published", "post.published"), 0);
        String slug = unique("scheduled-page");
        asAdmin().body(Map.of("title", "活动页", "slug", slug, "markdown", "x", "status", "published",
                "publishedAt", clock.instant().plus(Duration.ofHours(1)).toString())).post("/api/v1/pages").then()
                .statusCode(201).body("status", equalTo("scheduled"));
        String marker = unique("page-marker");
        publish(marker);
        awaitOne(receiver, marker);
        assertEquals(List.of(), receiver.mentioning(slug));

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        Receiver.Request fired = awaitOne(receiver, slug);
        assertEquals("page.published", readTree(fired).at("/events/0").asText());
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsSentWhenItsLeaseEnds() {
        Receiver receiver = receiver();
        Map<String, Object> created = webhook(receiver, List.of("tag.*"), 600);
        String slug = unique("orphan");
        asAdmin().body(Map.of("name", slug, "slug", slug)).post("/api/v1/tags").then().statusCode(201);
        long webhookId = ((Number) created.get("id")).longValue();
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> deliveries.countFor(webhookId))
                == 1);
        // What an instance killed mid-send leaves behind: the claim (attempt counted, lease set), no outcome.
        Instant leaseEnd = clock.instant().plus(Duration.ofMinutes(1));
        QuarkusTransaction.requiringNew().run(() -> deliveries.update(
                "attempt = 1, nextAttemptAt = ?1 where webhookId = ?2", leaseEnd, webhookId));
        clock.advance(Duration.ofSeconds(61));
        Receiver.Request request = awaitOne(receiver, slug);
        assertEquals("tag.created", readTree(request).at("/events/0").asText());
        await().atMost(WAIT).until(() -> "delivered".equals(asAdmin().get("/api/v1/webhooks/{id}/deliveries",
                webhookId).then().extract().path("items[0].status")));
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", webhookId).then().body("items[0].attempt", equalTo(2));
    }

    @Test
    void aWebhookFailingForDaysIsDeactivatedAndSaysWhy() {
        Receiver receiver = receiver().answer(500, 500, 500, 500);
        Map<String, Object> created = webhook(receiver, List.of("tag.created"), 0);
        String slug = unique("failing");
        asAdmin().body(Map.of("name", slug, "slug", slug)).post("/api/v1/tags").then().statusCode(201);
        awaitOne(receiver, slug);
        await().atMost(WAIT).until(() -> asAdmin().get("/api/v1/webhooks/{id}", created.get("id")).then().extract()
                .path("failingSince") != null);
        // Three days on, retrying ended long ago (24 h): the next attempt fails the delivery and the webhook.
        clock.advance(Duration.ofDays(3).plusHours(1));
        await().atMost(WAIT).until(() -> !(boolean) asAdmin().get("/api/v1/webhooks/{id}", created.get("id")).then()
                .extract().path("active"));
        asAdmin().get("/api/v1/webhooks/{id}", created.get("id")).then()
                .body("deactivatedReason", startsWith("Deactivated "))
                .body("deactivatedReason", org.hamcrest.Matchers.containsString("HTTP 500"));
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", created.get("id")).then()
                .body("items[0].status", equalTo("failed")).body("items[0].attempt", equalTo(2));
        mergePatch().body("{\"active\": true}").patch("/api/v1/webhooks/{id}", created.get("id")).then()
                .statusCode(200).body("active", equalTo(true)).body("deactivatedReason", equalTo(null));
    }

    private Receiver receiver() {
        try {
            Receiver receiver = new Receiver();
            receivers.add(receiver);
            return receiver;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, Object> webhook(Receiver receiver, List<String> events, int coalesceSeconds) {
        Map<String, Object> created = asAdmin().body(receiver.webhookBody(events, coalesceSeconds))
                .post("/api/v1/webhooks").then().statusCode(201).extract().as(Map.class);
        webhooks.add((Integer) created.get("id"));
        return created;
    }

    private static int publish(String slug) {
        return asAdmin().body(post(slug, "published")).post("/api/v1/posts").then().statusCode(201).extract()
                .path("id");
    }

    static Map<String, Object> post(String slug, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "算力差距高达百倍");
        body.put("slug", slug);
        body.put("status", status);
        body.put("markdown", "中国企业超越美国同行的机会不超过20%。");
        return body;
    }

    /** Waits for the first request that mentions the text and returns it. */
    private static Receiver.Request awaitOne(Receiver receiver, String text) {
        await().atMost(WAIT).until(() -> !receiver.mentioning(text).isEmpty());
        return receiver.mentioning(text).get(0);
    }

    private static void awaitEvent(Receiver receiver, String text, String event) {
        awaitEvents(receiver, text, event, 1);
    }

    /** Waits until that many requests mentioning the text carry the event. */
    private static void awaitEvents(Receiver receiver, String text, String event, int count) {
        await().atMost(WAIT).until(() -> receiver.mentioning(text).stream()
                .filter(r -> readTree(r).at("/events").toString().contains("\"" + event + "\"")).count() >= count);
    }

    private static JsonNode readTree(Receiver.Request request) {
        try {
            return JSON.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
