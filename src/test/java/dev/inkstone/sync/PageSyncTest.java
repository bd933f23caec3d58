package dev.inkstone.sync;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.Api;

/** Pages in delta sync: upserts with their full view, tombstones once deleted, drafts only for token holders. */
@QuarkusTest
class PageSyncTest {

    private static final SyncClient EDITOR = new SyncClient(Api::asAdmin);

    @Test
    @SuppressWarnings("unchecked")
    void reportsPageUpsertsAndDeletions() {
        String anonymousToken = SyncClient.ANONYMOUS.now();
        String editorToken = EDITOR.now();
        String slug = unique("同步页面");
        int id = asAdmin().body(Map.of("title", "关于", "slug", slug, "status", "published", "markdown", "你好"))
                .post("/api/v1/pages").then().statusCode(201).extract().path("id");
        int draft = asAdmin().body(Map.of("title", "草稿", "slug", unique("sync-draft"), "markdown", "草稿"))
                .post("/api/v1/pages").then().statusCode(201).extract().path("id");

        SyncClient.Walk anonymous = SyncClient.ANONYMOUS.walk(anonymousToken, 50);
        Map<String, Object> upsert = anonymous.last("page", id);
        assertNotNull(upsert, "the page's upsert");
        assertEquals("upsert", upsert.get("action"));
        assertEquals(slug, ((Map<String, Object>) upsert.get("page")).get("slug"));
        assertEquals("<p>你好</p>\n", ((Map<String, Object>) upsert.get("page")).get("html"));
        assertEquals(List.of(slug), ((Map<String, Object>) upsert.get("page")).get("path"));
        assertNull(anonymous.last("page", draft), "a draft leaves no trace for anonymous clients");
        assertNotNull(EDITOR.walk(editorToken, 50).last("page", draft), "token holders get drafts");

        String renamed = unique("renamed-page");
        mergePatch().body(Map.of("slug", renamed)).patch("/api/v1/pages/" + id).then().statusCode(200);
        SyncClient.Walk afterRename = SyncClient.ANONYMOUS.walk(anonymous.token(), 50);
        Map<String, Object> renamedChange = afterRename.last("page", id);
        assertEquals(List.of(slug), renamedChange.get("previousSlugs"));

        asAdmin().delete("/api/v1/pages/" + id).then().statusCode(204);
        Map<String, Object> deletion = SyncClient.ANONYMOUS.walk(afterRename.token(), 50).last("page", id);
        assertEquals("delete", deletion.get("action"));
    }
}
