package dev.inkstone.sync;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;

/** Sync under concurrent writers: nothing skipped, no deadlock, nothing recorded for a write that failed. */
@QuarkusTest
class SyncConcurrencyTest {

    private static final SyncClient ANONYMOUS = SyncClient.ANONYMOUS;
    private static final int WRITERS = 4;
    private static final int POSTS_EACH = 8;

    @Test
    void aClientPollingWhileOthersWriteMissesNothing() throws Exception {
        String since = ANONYMOUS.now();
        Set<Integer> written = ConcurrentHashMap.newKeySet();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            // The reader polls with small pages while the writers commit in between its reads.
            Future<String> reader = pool.submit(() -> {
                String token = since;
                boolean last = false;
                while (!last) {
                    last = !writing.get();
                    JsonPath page;
                    do {
                        page = ANONYMOUS.page(token, 3);
                        for (Map<String, Object> change : page.<Map<String, Object>>getList("changes")) {
                            if (change.get("type").equals("post") && change.get("action").equals("upsert")) {
                                seen.add(((Number) change.get("id")).intValue());
                            }
                        }
                        token = page.getString("nextSince");
                    } while (page.getBoolean("hasMore"));
                }
                return token;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < POSTS_EACH; i++) {
                        // A new tag each time: tag creation and post insert in one transaction.
                        written.add(asAdmin().body(Map.of("title", "并发写入", "slug", unique("sync-race"),
                                "status", "published", "markdown", "并发", "tags", List.of(unique("Race Tag"))))
                                .post("/api/v1/posts").then().statusCode(201).extract().<Integer>path("id"));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            assertNotNull(reader.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(WRITERS * POSTS_EACH, written.size());
        assertTrue(seen.containsAll(written), "every committed post reached the polling client");
    }

    @Test
    void concurrentEditsOfOnePostWithNewTagsNeverDeadlock() throws Exception {
        String slug = unique("sync-contended");
        int id = asAdmin().body(Map.of("title", "争用", "slug", slug, "status", "published", "markdown", "争用"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        String since = ANONYMOUS.now();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> edits = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS * 3; i++) {
                edits.add(pool.submit(() -> asAdmin().body(Map.of("title", "争用 " + unique("edit"), "slug", slug,
                        "status", "published", "markdown", "争用", "tags", List.of(unique("Contended Tag"))))
                        .put("/api/v1/posts/{id}", id).then().extract().statusCode()));
            }
            for (Future<Integer> edit : edits) {
                int status = edit.get(60, TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 409, "an edit either wins or is told to retry, got " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        int version = Api.anonymous().get("/api/v1/posts/{id}", id).then().statusCode(200).extract().path("version");
        Map<String, Object> last = ANONYMOUS.walk(since, 100).last("post", id);
        assertEquals(version, ((Map<?, ?>) last.get("post")).get("version"), "the client ends with the latest");
    }

    @Test
    void aWriteThatFailsRecordsNothing() {
        int before = asAdmin().body(Map.of("name", "前", "slug", unique("sync-before"))).post("/api/v1/tags").then()
                .statusCode(201).extract().path("id");
        String since = ANONYMOUS.now();
        // The new tag is created, then the post is refused (scheduled without a date): both roll back.
        String failedTag = unique("Never Tag");
        asAdmin().body(Map.of("title", "失败", "status", "scheduled", "markdown", "失败", "tags", List.of(failedTag)))
                .post("/api/v1/posts").then().statusCode(422);
        int after = asAdmin().body(Map.of("name", "后", "slug", unique("sync-after"))).post("/api/v1/tags").then()
                .statusCode(201).extract().path("id");

        SyncClient.Walk walk = ANONYMOUS.walk(since, 100);
        assertNotNull(walk.last("tag", after));
        assertTrue(walk.changes().stream().noneMatch(c -> c.get("type").equals("tag")
                && ((Number) c.get("id")).intValue() > before && ((Number) c.get("id")).intValue() < after
                && c.get("action").equals("delete")), "no trace of the rolled-back tag");
        assertTrue(walk.changes().stream().noneMatch(c -> c.get("tag") != null
                && failedTag.equals(((Map<?, ?>) c.get("tag")).get("name"))));
    }
}
