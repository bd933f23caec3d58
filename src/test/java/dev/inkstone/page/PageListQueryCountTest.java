package dev.inkstone.page;

import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.sql.SqlRecorder;

/**
 * A list of pages costs the same number of SQL statements whatever its size and depth: paths take one query, bylines
 * two (author ids, then authors), featured and og:images one.
 */
@QuarkusTest
class PageListQueryCountTest {

    @Inject
    @PersistenceUnitExtension
    SqlRecorder recorder;

    private String reader;

    /**
     * Statements of one request; with a token, so the answer is computed rather than served from the cache. The
     * background lanes may be catching up on the writes before it at the same time (the search indexer reading the
     * change log, the content clock asking for the next scheduled time); their statements are not the list's.
     */
    private long statements(String url, int expectedItems) {
        if (reader == null) {
            reader = token("reader");
        }
        as(reader).get(url).then().statusCode(200);
        List<String> sql = recorder.during(() -> as(reader).get(url).then().statusCode(200)
                .body("items", hasSize(expectedItems)));
        return SqlRecorder.foreground(sql);
    }

    private static int create(String slug, Integer parentId, int menuOrder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "页面 " + slug);
        body.put("slug", slug);
        body.put("status", "published");
        body.put("markdown", "正文");
        body.put("parentId", parentId);
        body.put("menuOrder", menuOrder);
        // Each page its own two authors and SEO fields: bylines and og:images load in one query per list.
        body.put("authors", List.of(unique("count-author"), unique("count-author")));
        body.put("seo", Map.of("title", "SEO " + slug, "noindex", false));
        return asAdmin().body(body).post("/api/v1/pages").then().statusCode(201).extract().path("id");
    }

    @Test
    void statementCountDoesNotGrowWithPageSizeOrDepth() {
        // Children of one parent, each with a chain of ancestors three deep above it.
        int top = create(unique("count-top"), null, 0);
        int middle = create(unique("count-middle"), top, 0);
        int parent = create(unique("count-parent"), middle, 0);
        for (int i = 0; i < 60; i++) {
            create(unique("count-leaf"), parent, i);
        }
        long small = statements("/api/v1/pages?parent=" + parent + "&perPage=5", 5);
        long large = statements("/api/v1/pages?parent=" + parent + "&perPage=60", 60);
        assertEquals(small, large, "statements for 5 items vs 60 items");
    }
}
