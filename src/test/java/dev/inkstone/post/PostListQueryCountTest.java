package dev.inkstone.post;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import dev.inkstone.image.GeneratedImages;
import dev.inkstone.image.TestImages;

import io.quarkus.test.junit.QuarkusTest;

/** A page of posts costs the same number of SQL statements whatever its size: no N+1 anywhere. */
@QuarkusTest
class PostListQueryCountTest {

    @Inject
    SessionFactory sessions;

    private String reader;

    /**
     * Statements of one request, measured after a first identical one has filled the count caches. With a token, so
     * that the answer is computed rather than served from the public response cache.
     */
    private long statements(String url, int expectedItems) {
        if (reader == null) {
            reader = token("reader");
        }
        as(reader).get(url).then().statusCode(200);
        Statistics stats = sessions.getStatistics();
        long before = stats.getPrepareStatementCount();
        as(reader).get(url).then().statusCode(200).body("items", hasSize(expectedItems));
        return stats.getPrepareStatementCount() - before;
    }

    @Test
    void statementCountDoesNotGrowWithPageSize() {
        String marker = unique("count");
        String root = unique("count-root");
        int rootId = asAdmin().body(Map.of("name", "root", "slug", root)).post("/api/v1/categories")
                .then().statusCode(201).extract().path("id");
        String child = unique("count-child");
        asAdmin().body(Map.of("name", "child", "slug", child, "parentId", rootId)).post("/api/v1/categories")
                .then().statusCode(201);
        // Every post has one of three featured images: their summaries cost one batched query per page.
        List<Integer> images = List.of(TestImages.uploadGenerated(GeneratedImages.LANDSCAPE_JPEG),
                TestImages.uploadGenerated(GeneratedImages.TRANSPARENT_WEBP), TestImages.uploadGenerated(GeneratedImages.ANIMATED_GIF));
        // Five authors, one with an avatar: bylines cost one query for the page, one for its authors, one for avatars.
        List<String> authors = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String author = unique("count-author");
            Map<String, Object> byline = new LinkedHashMap<>(Map.of("name", "作者 " + i, "slug", author));
            if (i == 0) {
                byline.put("avatar", images.get(0));
            }
            asAdmin().body(byline).post("/api/v1/authors").then().statusCode(201);
            authors.add(author);
        }
        for (int i = 0; i < 100; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("authors", List.of(authors.get(i % 5), authors.get((i + 1) % 5)));
            body.put("title", "count " + i);
            body.put("featuredImage", images.get(i % 3));
            body.put("slug", marker + "-" + i);
            body.put("status", "published");
            body.put("markdown", "第" + i + "篇");
            body.put("tags", List.of(marker, marker + "-a" + (i % 7), marker + "-b" + (i % 11)));
            body.put("categories", List.of(i % 2 == 0 ? root : child, child));
            asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        }
        String every = "/api/v1/posts?tag=" + marker + "&include=tags,categories,authors&perPage=";
        long small = statements(every + "10", 10);
        long large = statements(every + "100", 100);
        assertEquals(small, large, "statements for 10 items vs 100 items");
        // 15 before bylines; authors add their join rows, their records and their avatars, and include=authors the
        // full views (records and avatars again): 21 measured, whatever the page size.
        assertTrue(large <= 21, "a page costs " + large + " statements");
        long plain = statements("/api/v1/posts?tag=" + marker + "&perPage=100", 100);
        assertTrue(plain <= large, "without include: " + plain);
        long cursor = statements("/api/v1/posts?tag=" + marker + "&perPage=50&cursor="
                + anonymous().get("/api/v1/posts?tag=" + marker + "&perPage=50").then().extract().path("nextCursor"),
                50);
        assertEquals(plain, cursor, "a cursor page costs what a numbered page costs");
        long byAuthor = statements("/api/v1/posts?author=" + authors.get(0) + "&include=authors&perPage=40", 40);
        assertEquals(statements("/api/v1/posts?author=" + authors.get(0) + "&include=authors&perPage=5", 5), byAuthor,
                "filtered by author, 5 items vs 40");
        System.out.println("PostListQueryCountTest: statements per page: include all " + large + ", plain " + plain
                + ", by author " + byAuthor);
    }

    @Test
    void fieldsTrimItemsAndIncludeEmbedsFullViews() {
        String marker = unique("shape");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "shape");
        body.put("slug", unique("shape"));
        body.put("status", "published");
        body.put("markdown", "**粗体**");
        body.put("tags", List.of(marker));
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        anonymous().get("/api/v1/posts?tag=" + marker + "&fields=id,title,html").then().statusCode(200)
                .body("items[0].keySet()", org.hamcrest.Matchers.containsInAnyOrder("id", "title", "html"))
                .body("items[0].html", org.hamcrest.Matchers.containsString("<strong>粗体</strong>"));
        anonymous().get("/api/v1/posts?tag=" + marker).then().statusCode(200)
                .body("items", everyItem(hasKey("html")))
                .body("items[0].html", org.hamcrest.Matchers.nullValue());
        anonymous().get("/api/v1/posts?tag=" + marker + "&include=tags&fields=tags").then().statusCode(200)
                .body("items[0].tags[0].postCount", org.hamcrest.Matchers.equalTo(1))
                .body("items[0]", not(hasKey("title")));
        anonymous().get("/api/v1/posts?fields=id,colour").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("fields"));
        anonymous().get("/api/v1/posts?include=author").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("include"));
    }
}
