package dev.inkstone.sync;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.time.TestClock;

@QuarkusTest
class SyncResourceTest {

    @Inject
    TestClock clock;

    private static final SyncClient ANONYMOUS = SyncClient.ANONYMOUS;
    private static SyncClient reader;
    private static String readerToken;

    @Test
    void firstSyncSendsThePublishedContentInPagesWithoutDraftsOrTombstones() {
        int tag = tag(unique("sync-first"));
        int category = category(unique("sync-first"), null);
        Map<String, Object> body = post(unique("sync-first"), "published");
        body.put("tags", List.of(slugOfTag(tag)));
        body.put("categories", List.of(slugOfCategory(category)));
        int published = create(body);
        int draft = create(post(unique("sync-first-draft"), "draft"));
        int deleted = create(post(unique("sync-first-deleted"), "published"));
        asAdmin().delete("/api/v1/posts/{id}", deleted).then().statusCode(204);

        JsonPath first = ANONYMOUS.page(null, 2);
        assertTrue(first.getList("changes").size() <= 2);
        assertTrue(first.getBoolean("hasMore"), "at least five items wait, two fit");
        SyncClient.Walk rest = ANONYMOUS.walk(first.getString("nextSince"), 500);
        List<Map<String, Object>> all = new java.util.ArrayList<>(first.getList("changes"));
        all.addAll(rest.changes());
        SyncClient.Walk walk = new SyncClient.Walk(all, rest.token(), rest.pages() + 1);

        Map<String, Object> post = walk.last("post", published);
        assertEquals("upsert", post.get("action"));
        Map<String, Object> view = view(post);
        assertTrue(((String) view.get("markdown")).contains("中国企业"));
        assertTrue(((String) view.get("html")).contains("<h2 id="));
        assertEquals(tag, ((Number) path(view, "tags", "id")).intValue());
        assertEquals(category, ((Number) path(view, "categories", "id")).intValue());
        assertEquals("upsert", walk.last("tag", tag).get("action"));
        assertEquals("upsert", walk.last("category", category).get("action"));
        assertNull(walk.last("post", draft), "drafts are not public");
        assertNull(walk.last("post", deleted), "a first sync has nothing to delete");
        assertTrue(walk.changes().stream().allMatch(c -> c.get("action").equals("upsert")));
    }

    @Test
    void laterSyncSendsOnlyWhatChangedSince() {
        int untouched = create(post(unique("sync-untouched"), "published"));
        int edited = create(post(unique("sync-edited"), "published"));
        String since = anonymousNow();

        mergePatch().body("{\"title\": \"算力差距：更新\"}").patch("/api/v1/posts/{id}", edited).then().statusCode(200);
        String newTag = unique("Sync Agent");
        Map<String, Object> body = post(unique("sync-new"), "published");
        body.put("tags", List.of(newTag));
        int added = create(body);
        int newTagId = ((Number) path(anonymous().get("/api/v1/posts/{id}", added).then().extract()
                .jsonPath().getMap(""), "tags", "id")).intValue();

        SyncClient.Walk walk = ANONYMOUS.walk(since, 100);
        assertNull(walk.last("post", untouched));
        Map<String, Object> editedView = view(walk.last("post", edited));
        assertEquals("算力差距：更新", editedView.get("title"));
        assertEquals(2, editedView.get("version"));
        assertEquals("upsert", walk.last("post", added).get("action"));
        assertEquals(newTag, view(walk.last("tag", newTagId)).get("name"), "tags created by a post write are synced");
    }

    @Test
    void writesThatChangeNothingSendNothing() {
        String slug = unique("sync-idempotent");
        Map<String, Object> body = post(slug, "published");
        body.put("publishedAt", "2026-01-13T00:00:00Z");
        int id = asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(201)
                .extract().path("id");
        int tag = tag(unique("sync-same"));
        String since = anonymousNow();

        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(200).body("version", equalTo(1));
        mergePatch().body("{}").patch("/api/v1/tags/{id}", tag).then().statusCode(200).body("version", equalTo(1));

        SyncClient.Walk walk = ANONYMOUS.walk(since, 100);
        assertNull(walk.last("post", id));
        assertNull(walk.last("tag", tag));
    }

    @Test
    void deletionsArriveAsTombstones() {
        int post = create(post(unique("sync-gone"), "published"));
        int tag = tag(unique("sync-gone"));
        int category = category(unique("sync-gone"), null);
        String since = anonymousNow();

        asAdmin().delete("/api/v1/posts/{id}", post).then().statusCode(204);
        asAdmin().delete("/api/v1/tags/{id}", tag).then().statusCode(204);
        asAdmin().delete("/api/v1/categories/{id}", category).then().statusCode(204);

        SyncClient.Walk walk = ANONYMOUS.walk(since, 100);
        for (Map<String, Object> tombstone : List.of(walk.last("post", post), walk.last("tag", tag),
                walk.last("category", category))) {
            assertEquals("delete", tombstone.get("action"));
            assertTrue(tombstone.containsKey("post"), "absent values are null, not missing");
            assertNull(tombstone.get("post"));
            assertNull(tombstone.get("tag"));
            assertNull(tombstone.get("category"));
        }
    }

    @Test
    void unpublishedPostIsADeleteForAnonymousCallersAndAnUpsertForReaders() {
        int id = create(post(unique("sync-unpublished"), "published"));
        String anonymousSince = anonymousNow();
        String readerSince = readerNow();

        mergePatch().body("{\"status\": \"draft\"}").patch("/api/v1/posts/{id}", id).then().statusCode(200);

        assertEquals("delete", ANONYMOUS.walk(anonymousSince, 100).last("post", id).get("action"));
        Map<String, Object> forReader = reader().walk(readerSince, 100).last("post", id);
        assertEquals("upsert", forReader.get("action"));
        assertEquals("draft", view(forReader).get("status"));
    }

    @Test
    void scheduledPostArrivesOnceItsTimeHasComeWithoutAnyWrite() {
        String anonymousSince = anonymousNow();
        String readerSince = readerNow();
        Instant publishAt = clock.instant().plusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> body = post(unique("sync-scheduled"), "published");
        body.put("publishedAt", publishAt.toString());
        int id = create(body);
        SyncClient.Walk before = ANONYMOUS.walk(anonymousSince, 100);
        SyncClient.Walk readerBefore = reader().walk(readerSince, 100);
        assertTrue(clock.instant().isBefore(publishAt), "the test must catch up before the post's time");
        Map<String, Object> hidden = before.last("post", id);
        assertTrue(hidden == null || hidden.get("action").equals("delete"), "not public yet");
        assertEquals("scheduled", view(readerBefore.last("post", id)).get("status"), "readers see it coming");

        clock.advance(Duration.between(clock.instant(), publishAt).plusMillis(500));

        SyncClient.Walk after = ANONYMOUS.walk(before.token(), 100);
        assertEquals(1, after.of("post", id).size());
        assertEquals("published", view(after.last("post", id)).get("status"));
        assertEquals("published", view(reader().walk(readerBefore.token(), 100).last("post", id)).get("status"));
        assertTrue(ANONYMOUS.walk(after.token(), 100).of("post", id).isEmpty(), "sent once");
    }

    @Test
    void pagesHoldAtMostLimitChanges() {
        String since = anonymousNow();
        int one = create(post(unique("sync-page"), "published"));
        int two = create(post(unique("sync-page"), "published"));
        int three = create(post(unique("sync-page"), "published"));

        SyncClient.Walk walk = ANONYMOUS.walk(since, 1);
        assertTrue(walk.pages() >= 3);
        List<Integer> mine = walk.changes().stream().map(c -> ((Number) c.get("id")).intValue())
                .filter(id -> id == one || id == two || id == three).toList();
        assertEquals(List.of(one, two, three), mine, "in the order they were written");
    }

    @Test
    void tagRenameSendsTheTagButNotItsPosts() {
        int tag = tag(unique("sync-rename"));
        Map<String, Object> body = post(unique("sync-tagged"), "published");
        body.put("tags", List.of(slugOfTag(tag)));
        int post = create(body);
        String since = anonymousNow();

        mergePatch().body("{\"name\": \"深度学习\"}").patch("/api/v1/tags/{id}", tag).then().statusCode(200);

        SyncClient.Walk walk = ANONYMOUS.walk(since, 100);
        assertEquals("深度学习", view(walk.last("tag", tag)).get("name"));
        assertNull(walk.last("post", post), "posts refer to the tag by id");
    }

    @Test
    void categoryMoveAndRenameResendTheSubtreeWithNewPaths() {
        int a = category(unique("sync-a"), null);
        int b = category(unique("sync-b"), a);
        int c = category(unique("sync-c"), b);
        int d = category(unique("sync-d"), null);
        // A published post in c makes c and its ancestors public; a category no published post uses is hidden.
        Map<String, Object> filed = post(unique("sync-filed"), "published");
        filed.put("categories", List.of(slugOfCategory(c)));
        create(filed);
        String since = anonymousNow();

        mergePatch().body("{\"parentId\": " + d + "}").patch("/api/v1/categories/{id}", b).then().statusCode(200);
        SyncClient.Walk moved = ANONYMOUS.walk(since, 100);
        assertNull(moved.last("category", a));
        assertNull(moved.last("category", d));
        assertEquals(List.of("D", "B"), view(moved.last("category", b)).get("path"));
        assertEquals(List.of("D", "B", "C"), view(moved.last("category", c)).get("path"));

        mergePatch().body("{\"name\": \"丁\"}").patch("/api/v1/categories/{id}", d).then().statusCode(200);
        SyncClient.Walk renamed = ANONYMOUS.walk(moved.token(), 100);
        assertEquals(List.of("丁", "B", "C"), view(renamed.last("category", c)).get("path"));

        mergePatch().body("{\"description\": \"只改描述\"}").patch("/api/v1/categories/{id}", d).then().statusCode(200);
        SyncClient.Walk described = ANONYMOUS.walk(renamed.token(), 100);
        assertNotNull(described.last("category", d));
        assertNull(described.last("category", c), "a description is no part of the children's views");
    }

    @Test
    void answersAreRevalidatedByCachesAndPrivateToTokenHolders() {
        anonymous().get("/api/v1/sync?limit=1").then().statusCode(200).header("Cache-Control", "no-cache");
        as(readerToken()).get("/api/v1/sync?limit=1").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
    }

    @Test
    void rejectsMalformedSinceAndLimitWith400NamingThem() {
        for (String since : List.of("garbage!", "bm90IGEgdG9rZW4", "A".repeat(400))) {
            anonymous().queryParam("since", since).get("/api/v1/sync").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("since"));
        }
        for (String limit : List.of("0", "501", "-1", "many", "1e3")) {
            anonymous().queryParam("limit", limit).get("/api/v1/sync").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
        anonymous().queryParam("limit", 500).get("/api/v1/sync").then().statusCode(200);
    }

    @Test
    void tokenContinuesOnlyWithTheKindOfCallerItWasIssuedTo() {
        String forReader = reader().page(null, 1).getString("nextSince");
        anonymous().queryParam("since", forReader).get("/api/v1/sync").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        String forAnyone = ANONYMOUS.page(null, 1).getString("nextSince");
        as(readerToken()).queryParam("since", forAnyone).get("/api/v1/sync").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    // --- fixtures ---

    private static String anonymousNow() {
        return ANONYMOUS.now();
    }

    private static String readerNow() {
        return reader().now();
    }

    private static synchronized String readerToken() {
        if (readerToken == null) {
            readerToken = token("reader");
        }
        return readerToken;
    }

    private static synchronized SyncClient reader() {
        if (reader == null) {
            String value = readerToken();
            reader = new SyncClient(() -> as(value));
        }
        return reader;
    }

    static Map<String, Object> post(String slug, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "算力差距高达百倍");
        body.put("slug", slug);
        body.put("status", status);
        body.put("markdown", "## 背景\n\n中国企业超越美国同行的机会不超过20%。");
        return body;
    }

    static int create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    static int tag(String slug) {
        return asAdmin().body(Map.of("name", "标签 " + slug, "slug", slug)).post("/api/v1/tags").then()
                .statusCode(201).extract().path("id");
    }

    static int category(String slug, Integer parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        // Names are the slug's prefix letter in upper case, so paths are easy to assert.
        body.put("name", slug.substring(5, 6).toUpperCase());
        body.put("slug", slug);
        body.put("parentId", parentId);
        return asAdmin().body(body).post("/api/v1/categories").then().statusCode(201).extract().path("id");
    }

    private static String slugOfTag(int id) {
        return asAdmin().get("/api/v1/tags/{id}", id).then().extract().path("slug");
    }

    private static String slugOfCategory(int id) {
        return asAdmin().get("/api/v1/categories/{id}", id).then().extract().path("slug");
    }

    /** The view an upsert carries, in the field named by its type. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> view(Map<String, Object> change) {
        assertNotNull(change, "a change arrived");
        assertEquals("upsert", change.get("action"));
        Map<String, Object> view = (Map<String, Object>) change.get(change.get("type"));
        assertNotNull(view);
        for (String other : List.of("post", "tag", "category")) {
            assertFalse(!other.equals(change.get("type")) && change.get(other) != null, "one view per change");
        }
        return view;
    }

    /** The field of the first element of a list in a view. */
    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> view, String list, String field) {
        return ((List<Map<String, Object>>) view.get(list)).get(0).get(field);
    }
}
