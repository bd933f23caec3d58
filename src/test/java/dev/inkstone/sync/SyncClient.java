package dev.inkstone.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import dev.inkstone.common.Api;

/**
 * A sync client as the tests drive it: follows nextSince until hasMore is false. Other tests write content at the
 * same time, so tests look only at the changes of their own resources.
 */
final class SyncClient {

    /** Every change of a walk in order, its last token, and how many answers it took. */
    record Walk(List<Map<String, Object>> changes, String token, int pages) {

        /** The changes of one resource, in the order they arrived. */
        List<Map<String, Object>> of(String type, int id) {
            return changes.stream().filter(c -> type.equals(c.get("type")) && ((Number) c.get("id")).intValue() == id)
                    .toList();
        }

        /** The last change of one resource: what a client holds after applying the walk; null if none arrived. */
        Map<String, Object> last(String type, int id) {
            List<Map<String, Object>> changes = of(type, id);
            return changes.isEmpty() ? null : changes.get(changes.size() - 1);
        }
    }

    /** Anonymous callers, shared by the test classes so that only the first walk is a full first sync. */
    static final SyncClient ANONYMOUS = new SyncClient(Api::anonymous);

    private final Supplier<RequestSpecification> caller;
    private String head;

    SyncClient(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    /** A token caught up with everything committed so far. */
    synchronized String now() {
        head = walk(head, 500).token();
        return head;
    }

    /** Follows nextSince from {@code since} (null: a first sync) until hasMore is false. */
    Walk walk(String since, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String token = since;
        int pages = 0;
        while (true) {
            JsonPath page = page(token, limit);
            List<Map<String, Object>> changes = page.getList("changes");
            assertTrue(changes.size() <= limit, "a page holds at most limit changes");
            all.addAll(changes);
            token = page.getString("nextSince");
            pages++;
            if (!page.getBoolean("hasMore")) {
                return new Walk(all, token, pages);
            }
            assertTrue(pages < 100_000, "a walk ends");
        }
    }

    /** One answer. */
    JsonPath page(String since, int limit) {
        RequestSpecification request = caller.get().queryParam("limit", limit);
        if (since != null) {
            request.queryParam("since", since);
        }
        return request.get("/api/v1/sync").then().statusCode(200).extract().jsonPath();
    }
}
