package dev.inkstone.post;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.time.TestClock;

/** Post lists: keyset and page paging, sorting and filters. */
@QuarkusTest
class PostListTest {

    /** The application's time, which other tests may have moved forward. */
    @Inject
    TestClock clock;

    private static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

    /** Creates a published post carrying the given tags, published {@code minutes} after BASE. */
    private static String post(String title, int minutes, List<String> tags, List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        String slug = unique("list");
        body.put("title", title);
        body.put("slug", slug);
        body.put("status", "published");
        body.put("publishedAt", BASE.plusSeconds(60L * minutes).toString());
        body.put("markdown", "Body of " + title);
        body.put("tags", tags);
        body.put("categories", categories);
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        return slug;
    }

    /** Follows nextCursor to the end and returns every slug served, in order. */
    private static List<String> walk(String query, int perPage, Runnable afterFirstPage) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = "/api/v1/posts?" + query + "&perPage=" + perPage + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath page = anonymous().get(url).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
            if (pages > 0) {
                assertNull(page.get("page.number"), "cursor pages have no number");
            }
            if (pages++ == 0 && afterFirstPage != null) {
                afterFirstPage.run();
            }
        } while (cursor != null && pages < 100);
        return seen;
    }

    @Test
    void cursorWalkReturnsEachPostExactlyOnceInOrder() {
        String tag = unique("walk");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Pairs share a publication time, so the id tie-break is exercised.
            expected.add(0, post("walk " + i, i / 2, List.of(tag), List.of()));
        }
        List<String> seen = walk("tag=" + tag, 5, null);
        assertEquals(23, seen.size());
        assertEquals(List.copyOf(new java.util.LinkedHashSet<>(seen)), seen, "no duplicates");
        // Newest first; within a shared time the higher id (created later) first.
        assertEquals(expected, seen);
    }

    @Test
    void cursorKeepsWorkingWhilePostsAreAdded() {
        String tag = unique("live");
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            original.add(post("live " + i, 100 + i, List.of(tag), List.of()));
        }
        List<String> added = new ArrayList<>();
        List<String> seen = walk("tag=" + tag, 4, () -> {
            // Newer posts land before the cursor, older ones after it: neither shifts what the cursor points at.
            added.add(post("newer", 500, List.of(tag), List.of()));
            added.add(post("older", 1, List.of(tag), List.of()));
        });
        assertEquals(List.copyOf(new java.util.LinkedHashSet<>(seen)), seen, "no duplicates");
        assertEquals(true, seen.containsAll(original), "no post of the original set is skipped");
        assertEquals(true, seen.contains(added.get(1)), "a post added behind the cursor is reached");
        assertEquals(false, seen.contains(added.get(0)), "a post added before the cursor is not");
    }

    @Test
    void pagePagingAndCursorAgree() {
        String tag = unique("agree");
        for (int i = 0; i < 7; i++) {
            post("agree " + i, 200 + i, List.of(tag), List.of());
        }
        List<String> byPages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            byPages.addAll(anonymous().get("/api/v1/posts?tag=" + tag + "&perPage=3&page=" + page).then()
                    .statusCode(200).header("X-Total-Count", "7").extract().jsonPath().getList("items.slug"));
        }
        assertEquals(walk("tag=" + tag, 3, null), byPages);
    }

    @Test
    void linkHeaderCarriesTheNextCursor() {
        String tag = unique("link");
        for (int i = 0; i < 3; i++) {
            post("link " + i, i, List.of(tag), List.of());
        }
        String next = anonymous().get("/api/v1/posts?tag=" + tag + "&perPage=2").then().statusCode(200)
                .extract().path("nextCursor");
        anonymous().get("/api/v1/posts?tag=" + tag + "&perPage=2&cursor=" + next).then().statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", nullValue())
                .header("Link", containsString("rel=\"first\""))
                .header("Link", not(containsString("rel=\"next\"")));
        String first = anonymous().get("/api/v1/posts?tag=" + tag + "&perPage=1").then()
                .header("Link", containsString("page=2>; rel=\"next\"")).extract().path("nextCursor");
        anonymous().get("/api/v1/posts?tag=" + tag + "&perPage=1&cursor=" + first).then()
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("cursor="))
                .header("Link", not(containsString("rel=\"last\"")));
    }

    @Test
    void firstLinkOfACursorPageHasNoEmptyParameter() {
        String tag = unique("first-link");
        for (int i = 0; i < 2; i++) {
            post("first link " + i, i, List.of(tag), List.of());
        }
        String cursor = anonymous().get("/api/v1/posts?tag=" + tag + "&perPage=1").then().extract().path("nextCursor");
        // the cursor first: removing it used to leave "?&" behind
        String link = anonymous().get("/api/v1/posts?cursor=" + cursor + "&tag=" + tag + "&perPage=1").then()
                .statusCode(200).extract().header("Link");
        assertTrue(link.contains("/api/v1/posts?tag=" + tag + "&perPage=1&page=1>; rel=\"first\""), link);
        assertFalse(link.contains("?&") || link.contains("&&") || link.contains("&>"), link);
    }

    @Test
    void sortsByTitleAndUpdatedAt() {
        String tag = unique("sort");
        post("b title", 1, List.of(tag), List.of());
        post("a title", 2, List.of(tag), List.of());
        post("c title", 3, List.of(tag), List.of());
        anonymous().get("/api/v1/posts?tag=" + tag + "&sort=title").then().statusCode(200)
                .body("items.title", contains("a title", "b title", "c title"));
        anonymous().get("/api/v1/posts?tag=" + tag + "&sort=-title").then()
                .body("items.title", contains("c title", "b title", "a title"));
        anonymous().get("/api/v1/posts?tag=" + tag + "&sort=publishedAt").then()
                .body("items.title", contains("b title", "a title", "c title"));
        anonymous().get("/api/v1/posts?tag=" + tag + "&sort=-updatedAt").then()
                .body("items.title", contains("c title", "a title", "b title"));
        String cursor = anonymous().get("/api/v1/posts?tag=" + tag + "&sort=title&perPage=1").then()
                .extract().path("nextCursor");
        anonymous().get("/api/v1/posts?tag=" + tag + "&cursor=" + cursor).then().statusCode(200)
                .body("items.title", contains("b title", "c title"));
    }

    @Test
    void filtersByAnyOrAllTags() {
        String a = unique("ta");
        String b = unique("tb");
        String onlyA = post("only a", 1, List.of(a), List.of());
        String both = post("both", 2, List.of(a, b), List.of());
        String onlyB = post("only b", 3, List.of(b), List.of());
        anonymous().get("/api/v1/posts?tag=" + a + "," + b).then().statusCode(200)
                .body("items.slug", containsInAnyOrder(onlyA, both, onlyB));
        anonymous().get("/api/v1/posts?tag=" + a + "&tag=" + b + "&tagMatch=all").then().statusCode(200)
                .body("items.slug", contains(both));
    }

    @Test
    void categoryFilterIncludesDescendants() {
        String rootSlug = unique("root");
        int root = asAdmin().body(Map.of("name", "root", "slug", rootSlug)).post("/api/v1/categories")
                .then().statusCode(201).extract().path("id");
        String childSlug = unique("child");
        asAdmin().body(Map.of("name", "child", "slug", childSlug, "parentId", root)).post("/api/v1/categories")
                .then().statusCode(201);
        String other = unique("other");
        asAdmin().body(Map.of("name", "other", "slug", other)).post("/api/v1/categories").then().statusCode(201);
        String inRoot = post("in root", 1, List.of(), List.of(rootSlug));
        String inChild = post("in child", 2, List.of(), List.of(childSlug));
        post("elsewhere", 3, List.of(), List.of(other));
        anonymous().get("/api/v1/posts?category=" + rootSlug).then().statusCode(200)
                .body("items.slug", contains(inChild, inRoot));
        anonymous().get("/api/v1/posts?category=" + childSlug).then().body("items.slug", contains(inChild));
    }

    @Test
    void filtersByDates() {
        String tag = unique("dates");
        post("early", 0, List.of(tag), List.of());
        String middle = post("middle", 60, List.of(tag), List.of());
        post("late", 120, List.of(tag), List.of());
        anonymous().get("/api/v1/posts?tag=" + tag + "&publishedAfter=" + BASE.plusSeconds(60)
                + "&publishedBefore=" + BASE.plusSeconds(7200)).then().statusCode(200)
                .body("items.slug", contains(middle));
        anonymous().urlEncodingEnabled(false).get("/api/v1/posts?tag=" + tag
                + "&publishedAfter=2025-01-01T09:59:00%2B08:00").then()
                .body("items.title", contains("late"));
        anonymous().get("/api/v1/posts?tag=" + tag + "&updatedAfter=" + clock.instant().plusSeconds(3600)).then()
                .body("items", hasSize(0));
    }

    @Test
    void filtersOnFeaturedImagePresence() {
        String tag = unique("featured");
        String slug = post("no image", 1, List.of(tag), List.of());
        anonymous().get("/api/v1/posts?tag=" + tag + "&featuredImage=false").then().statusCode(200)
                .body("items.slug", contains(slug));
        // No post can carry a featured image before the images feature; the filter then finds none.
        anonymous().get("/api/v1/posts?tag=" + tag + "&featuredImage=true").then().statusCode(200)
                .body("items", hasSize(0)).header("X-Total-Count", "0");
    }

    @Test
    void draftListsSortByUpdatedAt() {
        String reader = token("reader");
        Map<String, Object> draft = new LinkedHashMap<>();
        String tag = unique("drafts");
        draft.put("title", "draft one");
        draft.put("slug", unique("draft-one"));
        draft.put("markdown", "x");
        draft.put("tags", List.of(tag));
        asAdmin().body(draft).post("/api/v1/posts").then().statusCode(201);
        as(reader).get("/api/v1/posts?status=draft&tag=" + tag).then().statusCode(200)
                .body("items.title", contains("draft one"));
        as(reader).get("/api/v1/posts?status=any&tag=" + tag + "&sort=publishedAt").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void badParametersAre400NamingThem() {
        String[][] cases = {
            { "sort=colour", "sort" },
            { "tag=" + unique("no-such-tag"), "tag" },
            { "tagMatch=most", "tagMatch" },
            { "category=" + unique("no-such-category"), "category" },
            { "publishedAfter=yesterday", "publishedAfter" },
            { "publishedBefore=2026-13-01T00:00:00Z", "publishedBefore" },
            { "updatedAfter=2026-01-01", "updatedAfter" },
            { "cursor=not-a-cursor", "cursor" },
            { "cursor=%E4%B8%AD", "cursor" },
            { "cursor=abc&page=2", "page" },
            { "perPage=0", "perPage" },
            { "featuredImage=maybe", "featuredImage" },
        };
        for (String[] c : cases) {
            anonymous().urlEncodingEnabled(false).get("/api/v1/posts?" + c[0]).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(c[1]));
        }
        String cursor = anonymous().get("/api/v1/posts?perPage=1&sort=title").then().extract().path("nextCursor");
        if (cursor != null) {
            anonymous().get("/api/v1/posts?sort=-title&cursor=" + cursor).then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        }
    }
}
