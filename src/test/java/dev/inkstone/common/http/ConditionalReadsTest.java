package dev.inkstone.common.http;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static dev.inkstone.common.http.Content.STRONG_ETAG;
import static dev.inkstone.common.http.Content.etag;
import static dev.inkstone.common.http.Content.read;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** ETags on reads, 304 for a matching If-None-Match, and ETags that follow every change of a representation. */
@QuarkusTest
class ConditionalReadsTest {

    private static final String PUBLIC = "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400";

    @Test
    void everyReadOfPostsTagsAndCategoriesCarriesAStrongETag() throws Exception {
        String tag = unique("etag-tag");
        int tagId = Content.tag(tag);
        String category = unique("etag-category");
        int categoryId = Content.category(category, null);
        int postId = Content.publishedPost(tag, category);
        String postSlug = read("/api/v1/posts/{id}", postId).path("slug");

        for (String path : List.of("/api/v1/posts/" + postId, "/api/v1/posts/slug/" + postSlug, "/api/v1/posts",
                "/api/v1/tags/" + tagId, "/api/v1/tags/slug/" + tag, "/api/v1/tags",
                "/api/v1/categories/" + categoryId, "/api/v1/categories/slug/" + category, "/api/v1/categories")) {
            Response response = read(path);
            response.then().header("ETag", matchesPattern(STRONG_ETAG)).contentType("application/json");
            assertEquals(sha256Tag(response.asByteArray()), response.header("ETag"),
                    path + ": the ETag must be the hash of exactly the bytes received");
        }
    }

    @Test
    void itemByIdAndBySlugShareOneETag() {
        String tag = unique("etag-tag");
        int tagId = Content.tag(tag);
        int postId = Content.publishedPost(tag, null);
        String postSlug = read("/api/v1/posts/{id}", postId).path("slug");

        assertEquals(etag("/api/v1/posts/{id}", postId), etag("/api/v1/posts/slug/{slug}", postSlug));
        assertEquals(etag("/api/v1/tags/{id}", tagId), etag("/api/v1/tags/slug/{slug}", tag));
    }

    @Test
    void unchangedContentKeepsItsETag() {
        String tag = unique("etag-tag");
        int tagId = Content.tag(tag);
        int postId = Content.publishedPost(tag, null);

        assertEquals(etag("/api/v1/posts/{id}", postId), etag("/api/v1/posts/{id}", postId));
        assertEquals(etag("/api/v1/tags/{id}", tagId), etag("/api/v1/tags/{id}", tagId));
        // An upsert that changes nothing keeps the ETag too, as it keeps the version.
        String before = etag("/api/v1/tags/{id}", tagId);
        asAdmin().body(java.util.Map.of("name", "Tag " + tag, "slug", tag)).put("/api/v1/tags/{id}", tagId)
                .then().statusCode(200).header("ETag", before);
        assertEquals(before, etag("/api/v1/tags/{id}", tagId));
    }

    @Test
    void matchingIfNoneMatchIs304WithETagAndCacheControlButNoBody() {
        int postId = Content.publishedPost(unique("etag-tag"), null);
        String etag = etag("/api/v1/posts/{id}", postId);

        anonymous().header("If-None-Match", etag).get("/api/v1/posts/{id}", postId).then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", PUBLIC)
                .header("Content-Type", nullValue()).body(emptyString());
        String list = etag("/api/v1/tags?perPage=3");
        anonymous().header("If-None-Match", list).get("/api/v1/tags?perPage=3").then().statusCode(304)
                .header("ETag", list).header("Cache-Control", PUBLIC).body(emptyString());
    }

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndStar() {
        int tagId = Content.publicTag(unique("etag-tag"));
        String etag = etag("/api/v1/tags/{id}", tagId);

        for (String header : List.of("W/" + etag, "\"other\", " + etag, "\"a\",W/\"b\" , " + etag + ",\"c\"", "*")) {
            anonymous().header("If-None-Match", header).get("/api/v1/tags/{id}", tagId).then().statusCode(304)
                    .header("ETag", etag);
        }
        // Two field lines are one list.
        anonymous().header("If-None-Match", "\"other\"").header("If-None-Match", etag)
                .get("/api/v1/tags/{id}", tagId).then().statusCode(304);
    }

    @Test
    void anyOtherIfNoneMatchGetsTheFullResponse() {
        int tagId = Content.publicTag(unique("etag-tag"));
        String etag = etag("/api/v1/tags/{id}", tagId);
        String unquoted = etag.substring(1, etag.length() - 1);

        for (String header : List.of("\"other\"", unquoted, etag + "x", "W/ " + etag, "", ",,,", "**", "\"",
                "W/", "\"a\" \"b\"", "é\"ü\"", etag.substring(0, 10))) {
            anonymous().header("If-None-Match", header).get("/api/v1/tags/{id}", tagId).then().statusCode(200)
                    .header("ETag", etag).body("id", equalTo(tagId));
        }
    }

    @Test
    void hugeIfNoneMatchIsParsedOrRefusedButNeverA500() {
        int tagId = Content.publicTag(unique("etag-tag"));
        String etag = etag("/api/v1/tags/{id}", tagId);
        String many = "\"x\",".repeat(3000);

        anonymous().header("If-None-Match", many + etag).get("/api/v1/tags/{id}", tagId).then().statusCode(304);
        anonymous().header("If-None-Match", many + "garbage").get("/api/v1/tags/{id}", tagId).then().statusCode(200);
        try {
            int status = anonymous().header("If-None-Match", "\"" + "y".repeat(100_000) + "\"")
                    .get("/api/v1/tags/{id}", tagId).statusCode();
            assertEquals(431, status, "a header past the server's limit is refused by the HTTP layer");
        } catch (Exception refused) {
            // The HTTP layer may answer 431 and close before the client has sent the whole header: a broken pipe
            // on the client side is that same refusal, seen a moment earlier.
            assertTrue(refused instanceof java.net.SocketException || refused.getCause() instanceof java.net.SocketException,
                    refused.toString());
        }
    }

    @Test
    void headCarriesTheETagOfGet() {
        int tagId = Content.publicTag(unique("etag-tag"));
        String etag = etag("/api/v1/tags/{id}", tagId);

        anonymous().head("/api/v1/tags/{id}", tagId).then().statusCode(200).header("ETag", etag);
        anonymous().header("If-None-Match", etag).head("/api/v1/tags/{id}", tagId).then().statusCode(304);
    }

    @Test
    void authenticatedReadsRevalidateTooButStayPrivate() {
        String slug = unique("etag-draft");
        int draft = asAdmin().body(Content.post(slug, "draft", List.of(), List.of())).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
        String etag = asAdmin().get("/api/v1/posts/{id}", draft).then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_ETAG)).extract().header("ETag");

        asAdmin().header("If-None-Match", etag).get("/api/v1/posts/{id}", draft).then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", "private, no-store");
    }

    @Test
    void renamingATagChangesTheETagOfEveryPostAndListShowingIt() {
        String tag = unique("etag-rename");
        int tagId = Content.tag(tag);
        int postId = Content.publishedPost(tag, null);
        String post = etag("/api/v1/posts/{id}", postId);
        String page = Content.postListPageShowing(postId);
        String list = etag(page);

        mergePatch().body("{\"name\": \"改名了 " + tag + "\"}").patch("/api/v1/tags/{id}", tagId)
                .then().statusCode(200);

        // The post's own row did not change (same version, same updatedAt), but its representation did.
        read("/api/v1/posts/{id}", postId).then().body("version", equalTo(1))
                .body("tags.name", hasItem("改名了 " + tag));
        assertNotEquals(post, etag("/api/v1/posts/{id}", postId));
        read(page).then().body("items.tags.flatten().name", hasItem("改名了 " + tag));
        assertNotEquals(list, etag(page));
        anonymous().header("If-None-Match", post).get("/api/v1/posts/{id}", postId).then().statusCode(200);
    }

    @Test
    void publishingAPostChangesTheETagOfItsTagThroughPostCount() {
        String tag = unique("etag-count");
        int tagId = Content.tag(tag);
        // A tag no published post carries is hidden from anonymous readers; a token holder gets the same bytes.
        String before = asAdmin().get("/api/v1/tags/{id}", tagId).then().statusCode(200).extract().header("ETag");

        Content.publishedPost(tag, null);

        read("/api/v1/tags/{id}", tagId).then().body("postCount", equalTo(1)).body("version", equalTo(1));
        assertNotEquals(before, etag("/api/v1/tags/{id}", tagId));
    }

    @Test
    void movingACategoryChangesTheETagOfItsChildrenAndTheirPosts() {
        int oldRoot = Content.category(unique("etag-root"), null);
        int newRoot = Content.category(unique("etag-root"), null);
        String childSlug = unique("etag-child");
        int child = Content.category(childSlug, oldRoot);
        String tag = unique("etag-tag");
        Content.tag(tag);
        int postId = Content.publishedPost(tag, childSlug);
        String childTag = etag("/api/v1/categories/{id}", child);
        String postTag = etag("/api/v1/posts/{id}", postId);

        mergePatch().body("{\"parentId\": " + newRoot + "}").patch("/api/v1/categories/{id}", oldRoot)
                .then().statusCode(200);

        // Only the moved node was written; its child's path still changed, and so did the post's category path.
        read("/api/v1/categories/{id}", child).then().body("path[0]", containsString("etag-root"));
        assertNotEquals(childTag, etag("/api/v1/categories/{id}", child));
        assertNotEquals(postTag, etag("/api/v1/posts/{id}", postId));
    }

    @Test
    void noLastModifiedSoIfModifiedSinceIsIgnored() {
        int tagId = Content.publicTag(unique("etag-tag"));

        anonymous().header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").get("/api/v1/tags/{id}", tagId)
                .then().statusCode(200).header("Last-Modified", nullValue()).body("id", equalTo(tagId));
    }

    @Test
    void errorsCarryNoETag() {
        anonymous().get("/api/v1/tags/{id}", Integer.MAX_VALUE).then().statusCode(404).header("ETag", nullValue());
        anonymous().header("If-None-Match", "*").get("/api/v1/tags/{id}", Integer.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/tags?perPage=1000").then().statusCode(400).header("ETag", nullValue())
                .body("status", not(equalTo(200)));
    }

    /** The documented ETag form, computed independently of the code under test. */
    private static String sha256Tag(byte[] body) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + "\"";
    }
}
