package dev.inkstone.search;

import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.sql.SqlRecorder;

/**
 * A search's tag, author and category filters are looked up once per content state: the same filtered search again
 * reads no table, and a write (a renamed slug) is seen by the next search.
 */
@QuarkusTest
class SearchFilterIdsTest {

    @Inject
    @PersistenceUnitExtension
    SqlRecorder recorder;

    @BeforeEach
    void indexReady() {
        SearchTesting.awaitIndex();
    }

    @Test
    void aRepeatedFilterReadsNoTableAndARenamedSlugIsSeenAtOnce() {
        String tag = unique("filter-tag");
        String category = unique("filter-category");
        String author = unique("filter-author");
        asAdmin().body(Map.of("name", category, "slug", category)).post("/api/v1/categories").then().statusCode(201);
        String slug = SearchResourceTest.post(tag, "筛选缓存的银杏", "银杏叶黄了。", "published", null, List.of(category));
        long id = asAdmin().get("/api/v1/posts/slug/" + slug).then().extract().jsonPath().getLong("id");
        asAdmin().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("authors", List.of(author))).patch("/api/v1/posts/" + id).then().statusCode(200);
        // A token holder's search: computed every time, never an answer the response cache kept.
        String reader = token("reader");
        Runnable filtered = () -> as(reader).queryParam("q", "银杏").queryParam("tag", tag)
                .queryParam("category", category).queryParam("author", author).get("/api/v1/search").then()
                .statusCode(200).body("items.slug", contains(slug));
        List<String> first = recorder.during(filtered);
        assertNotEquals(0, SqlRecorder.foreground(first), "the first search looks its filters up: " + first);
        List<String> again = recorder.during(filtered);
        assertEquals(0, SqlRecorder.foreground(again), "statements of the same search again: " + again);

        long tagId = asAdmin().get("/api/v1/tags/slug/" + tag).then().extract().jsonPath().getLong("id");
        String renamed = unique("filter-renamed");
        asAdmin().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("slug", renamed))
                .patch("/api/v1/tags/" + tagId).then().statusCode(200);
        as(reader).queryParam("q", "银杏").queryParam("tag", tag).get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", equalTo("tag"));
        as(reader).queryParam("q", "银杏").queryParam("tag", renamed).queryParam("category", category)
                .queryParam("author", author).get("/api/v1/search").then().statusCode(200)
                .body("items.slug", contains(slug));
    }
}
