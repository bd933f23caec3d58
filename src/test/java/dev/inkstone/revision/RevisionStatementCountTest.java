package dev.inkstone.revision;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.sql.SqlRecorder;

/**
 * Keeping history costs a post write a fixed number of SQL statements, whatever the history holds: the revision's
 * insert and the prune past the keep limit, plus a sequence call once per 50 revisions.
 */
@QuarkusTest
class RevisionStatementCountTest {

    @Inject
    @PersistenceUnitExtension
    SqlRecorder recorder;

    @Test
    void aPostWriteGainsTwoStatementsForItsRevision() {
        int id = asAdmin().body(Map.of("title", "计数", "slug", unique("rev-count"), "markdown", "x"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        // Past the test profile's keep limit (5), so the prune deletes a row on each of the measured writes.
        for (int i = 0; i < 8; i++) {
            List<String> sql = recorder.during(() -> mergePatch().body("{\"title\": \"计数 " + System.nanoTime()
                    + "\"}").patch("/api/v1/posts/{id}", id).then().statusCode(200));
            List<String> history = sql.stream().filter(s -> s.contains("post_revision")).toList();
            List<String> sequence = history.stream().filter(s -> s.contains("post_revision_seq")).toList();
            assertEquals(2, history.size() - sequence.size(), () -> "revision statements: " + history);
            assertTrue(sequence.size() <= 1, () -> "sequence calls: " + sequence);
        }
    }

    @Test
    void aNoOpWriteCostsNoRevisionStatement() {
        String slug = unique("rev-count-noop");
        Map<String, Object> body = Map.of("title", "不变", "markdown", "x");
        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then().statusCode(201);
        List<String> sql = recorder.during(() -> asAdmin().body(body).put("/api/v1/posts/slug/{slug}", slug).then()
                .statusCode(200));
        assertEquals(List.of(), sql.stream().filter(s -> s.contains("post_revision")).toList());
    }
}
