package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.inkstone.common.EdgeSettingsProfile;

/** Totals are exact up to the configured count (3 here, 10,000 in production), then a lower bound that says so. */
@QuarkusTest
@TestProfile(EdgeSettingsProfile.class)
class SearchTotalsTest {

    @BeforeEach
    void indexReady() {
        SearchTesting.awaitIndex();
    }

    private static ExtractableResponse<Response> search(String tag, String q) {
        return anonymous().queryParam("q", q).queryParam("tag", tag).queryParam("perPage", 1)
                .get("/api/v1/search").then().statusCode(200).extract();
    }

    @Test
    void countsExactlyUpToTheThresholdThenSaysTheTotalIsALowerBound() {
        String tag = unique("totals");
        for (int i = 0; i < 6; i++) {
            SearchResourceTest.post(tag, "瀑布 " + i, i < 2 ? "瀑布和峡谷" : "瀑布");
        }
        ExtractableResponse<Response> few = search(tag, "峡谷");
        assertTrue(few.jsonPath().getBoolean("page.totalItemsExact"));
        anonymous().queryParam("q", "峡谷").queryParam("tag", tag).queryParam("perPage", 1).get("/api/v1/search")
                .then().header("X-Total-Count", "2").body("page.totalItems", equalTo(2));

        ExtractableResponse<Response> many = search(tag, "瀑布");
        assertFalse(many.jsonPath().getBoolean("page.totalItemsExact"));
        long total = many.jsonPath().getLong("page.totalItems");
        assertTrue(total >= 3 && total <= 6, "a lower bound of the 6 hits, at least the threshold: " + total);
        assertEquals(total, Long.parseLong(many.header("X-Total-Count")));
        // The ranking itself is whole: the best hit, and a cursor that walks all six.
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParam("q", "瀑布").queryParam("tag", tag).queryParam("perPage", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(6, walked.size(), walked.toString());
    }
}
