package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import dev.inkstone.common.time.TestClock;

/**
 * Pages in search (issue 15): found with type=page or type=post,page, never by the default post search, visible as
 * posts are, kept current through the change log and the rebuild. Every test searches for a word of its own, so
 * other tests' posts and pages on a shared database never match.
 */
@QuarkusTest
class PageSearchTest {

    @Inject
    TestClock clock;

    @Inject
    SearchIndex index;

    @BeforeEach
    void indexReady() {
        SearchTesting.awaitIndex();
    }

    /**
     * A word no other test writes: random letters, so every analysis keeps it one token, and no other test's word
     * begins with it or lies within a typo of it (search completes the last word and forgives typos).
     */
    private static String word() {
        StringBuilder word = new StringBuilder("qz");
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /**
     * The answer once the index has taken in the writes before it: on a busy machine the first documents (loading
     * the analyzers' dictionaries) can take longer than a search waits, and such an answer says X-Search-Index:
     * behind.
     */
    private static ValidatableResponse current(Supplier<Response> request) {
        Response[] last = new Response[1];
        await("an answer from an index that has caught up").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> (last[0] = request.get()).header("X-Search-Index") == null);
        return last[0].then().statusCode(200);
    }

    /** Creates a page and returns its id. */
    private static long page(String slug, String title, String markdown, String status, Instant publishedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("slug", slug);
        body.put("status", status);
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt.toString());
        }
        body.put("markdown", markdown);
        return asAdmin().body(body).post("/api/v1/pages").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse search(String q, String type) {
        return current(() -> (type == null ? anonymous() : anonymous().queryParam("type", type)).queryParam("q", q)
                .get("/api/v1/search"));
    }

    private static List<String> slugs(String q, String type) {
        return search(q, type).extract().jsonPath().getList("items.slug");
    }

    @Test
    void findsAPublishedPageWithTypePageAndNeverInTheDefaultPostSearch() {
        String word = word();
        String pageSlug = unique("page-search");
        long pageId = page(pageSlug, "联系我们 " + word, "投稿与合作请写信。", "published", null);
        String tag = unique("page-search-tag");
        String postSlug = SearchResourceTest.post(tag, "编辑部的一天", "今天说到 " + word + " 这个词。");

        search(word, null).header("X-Total-Count", "1").body("items.slug", contains(postSlug))
                .body("items[0].type", equalTo("post")).body("items[0].path", nullValue());
        search(word, "post").body("items.slug", contains(postSlug));
        search(word, "page").header("X-Total-Count", "1")
                .body("items.slug", contains(pageSlug))
                .body("items[0].type", equalTo("page"))
                .body("items[0].id", equalTo((int) pageId))
                .body("items[0].path", contains(pageSlug))
                .body("items[0].tags", empty())
                .body("items[0].categories", empty())
                .body("items[0].highlights.title", equalTo("联系我们 <mark>" + word + "</mark>"));
        // Ranked together: the word in the page's title weighs more than in the post's body.
        search(word, "post,page").header("X-Total-Count", "2")
                .body("items.slug", contains(pageSlug, postSlug))
                .body("items.type", contains("page", "post"));
        assertEquals(List.of(pageSlug, postSlug), current(() -> anonymous().queryParam("q", word)
                .queryParam("type", "page").queryParam("type", "post").get("/api/v1/search")).extract().jsonPath()
                .getList("items.slug"));
        // Pages have no tags: a tag filter finds posts only, and with type=page nothing.
        assertEquals(List.of(), current(() -> anonymous().queryParam("q", word).queryParam("type", "page")
                .queryParam("tag", tag).get("/api/v1/search")).extract().jsonPath().getList("items"));
        assertEquals(List.of(postSlug), current(() -> anonymous().queryParam("q", word)
                .queryParam("type", "post,page").queryParam("tag", tag).get("/api/v1/search")).extract().jsonPath()
                .getList("items.slug"));
    }

    @Test
    void pagesOfBothKindsPageThroughACursorWithoutRepeats() {
        String word = word();
        String tag = unique("page-search-tag");
        // Same title and body: equal scores, so the order falls to the sort key, where post and page ids may meet.
        String first = unique("page-search");
        page(first, "同名 " + word, word, "published", null);
        String post = SearchResourceTest.post(tag, "同名 " + word, word);
        String second = unique("page-search");
        page(second, "同名 " + word, word, "published", null);
        ValidatableResponse one = current(() -> anonymous().queryParam("q", word).queryParam("type", "post,page")
                .queryParam("perPage", 2).get("/api/v1/search"));
        List<String> seen = new ArrayList<>(one.extract().jsonPath().getList("items.slug"));
        String cursor = one.extract().jsonPath().getString("nextCursor");
        seen.addAll(current(() -> anonymous().queryParam("q", word).queryParam("type", "post,page")
                .queryParam("perPage", 2).queryParam("cursor", cursor).get("/api/v1/search")).extract().jsonPath()
                .getList("items.slug"));
        assertEquals(3, seen.size(), seen.toString());
        assertTrue(seen.containsAll(List.of(first, post, second)), seen.toString());
    }

    @Test
    void neverShowsADraftPageToReaders() {
        String word = word();
        String slug = unique("page-search");
        page(slug, "草稿页 " + word, "还没写完。", "draft", null);
        assertEquals(List.of(), slugs(word, "page"));
        assertEquals(List.of(), slugs(word, "post,page"));
        // As posts: a token holder who asks for drafts finds it.
        String reader = token("reader");
        current(() -> as(reader).queryParam("q", word).queryParam("type", "page").queryParam("status", "draft")
                .get("/api/v1/search")).body("items.slug", contains(slug));
    }

    @Test
    void showsAScheduledPageOnceTheClockPassesItsTime() {
        String word = word();
        String slug = unique("page-search");
        page(slug, "即将上线的页面 " + word, "敬请期待。", "scheduled", clock.instant().plusSeconds(30));
        assertEquals(List.of(), slugs(word, "page"));
        clock.advance(Duration.ofSeconds(31));
        assertEquals(List.of(slug), slugs(word, "page"));
    }

    @Test
    void dropsAPageOnceUnpublishedOrDeleted() {
        String word = word();
        String slug = unique("page-search");
        long id = page(slug, "招聘 " + word, "我们在招人。", "published", null);
        assertEquals(List.of(slug), slugs(word, "page"));
        mergePatch().body("{\"status\": \"draft\"}").patch("/api/v1/pages/" + id).then().statusCode(200);
        assertEquals(List.of(), slugs(word, "page"));
        mergePatch().body("{\"status\": \"published\"}").patch("/api/v1/pages/" + id).then().statusCode(200);
        assertEquals(List.of(slug), slugs(word, "page"));
        asAdmin().delete("/api/v1/pages/" + id).then().statusCode(204);
        assertEquals(List.of(), slugs(word, "page"));
        String reader = token("reader");
        current(() -> as(reader).queryParam("q", word).queryParam("type", "page").queryParam("status", "any")
                .get("/api/v1/search")).body("items", empty());
    }

    @Test
    void followsAParentsNewSlugAndAnAuthorsNewName() {
        String word = word();
        String parent = unique("page-search");
        long parentId = page(parent, "关于", "关于本站。", "published", null);
        String child = unique("page-search");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "团队 " + word);
        body.put("slug", child);
        body.put("status", "published");
        body.put("markdown", "我们是谁。");
        body.put("parentId", parentId);
        String author = word();
        body.put("authors", List.of(author));
        asAdmin().body(body).post("/api/v1/pages").then().statusCode(201);
        search(word, "page").body("items[0].path", contains(parent, child));
        // Author names are found as on posts.
        assertEquals(List.of(child), slugs(author, "page"));

        String moved = unique("page-search");
        mergePatch().body("{\"slug\": \"" + moved + "\"}").patch("/api/v1/pages/" + parentId).then().statusCode(200);
        search(word, "page").body("items[0].path", contains(moved, child));

        long authorId = asAdmin().get("/api/v1/authors/slug/" + author).then().statusCode(200).extract().jsonPath()
                .getLong("id");
        String renamed = word();
        mergePatch().body("{\"name\": \"" + renamed + "\"}").patch("/api/v1/authors/" + authorId).then()
                .statusCode(200);
        assertEquals(List.of(child), slugs(renamed, "page"));
    }

    @Test
    void aPagePublishEndsACachedSearch() {
        String word = word();
        String before = search(word, "page").body("items", empty()).extract().header("ETag");
        String slug = unique("page-search");
        page(slug, "新页面 " + word, "刚发布。", "published", null);
        ValidatableResponse after = search(word, "page").body("items.slug", contains(slug));
        assertNotEquals(before, after.extract().header("ETag"));
    }

    @Test
    void rebuildIncludesPages() throws Exception {
        String word = word();
        String slug = unique("page-search");
        page(slug, "重建后仍在的页面 " + word, "索引重建。", "published", null);
        assertEquals(List.of(slug), slugs(word, "page"));
        CountDownLatch built = new CountDownLatch(1);
        index.beforeSwap(built::countDown);
        try {
            index.rebuildSoon();
            assertTrue(built.await(5, TimeUnit.MINUTES), "the rebuild reached its end");
        } finally {
            index.beforeSwap(() -> { });
        }
        // perPage makes the question new, not the answer cached before the rebuild.
        await("the rebuilt index answering").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> anonymous().queryParam("q", word).queryParam("type", "page").queryParam("perPage", 5)
                        .get("/api/v1/search").header("X-Search-Index") == null);
        assertEquals(List.of(slug), current(() -> anonymous().queryParam("q", word).queryParam("type", "page")
                .queryParam("perPage", 5).get("/api/v1/search")).extract().jsonPath().getList("items.slug"));
    }

    @Test
    void anUnknownTypeIsA400NamingType() {
        for (String type : List.of("article", "post,pages", "post,page,tag")) {
            anonymous().queryParam("q", "页面").queryParam("type", type).get("/api/v1/search").then()
                    .statusCode(400).contentType(containsString("application/problem+json"))
                    .body("errors[0].field", equalTo("type"));
        }
    }
}
