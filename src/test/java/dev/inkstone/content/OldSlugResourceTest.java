package dev.inkstone.content;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import dev.inkstone.common.Api;
import dev.inkstone.common.time.TestClock;
import io.restassured.specification.RequestSpecification;

/** Old slugs of posts, tags and categories answer 301 at the current slug, for those who may see the resource. */
@QuarkusTest
class OldSlugResourceTest {

    @Inject
    TestClock clock;

    private static int createPost(String slug, String status) {
        return asAdmin().body("{\"title\": \"旧链接\", \"slug\": \"" + slug + "\", \"status\": \"" + status + "\", "
                + "\"markdown\": \"正文\"}").post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    private static void patch(String collection, int id, String json) {
        mergePatch().body(json).patch("/api/v1/" + collection + "/{id}", id).then().statusCode(200);
    }

    private static RequestSpecification noFollow(RequestSpecification request) {
        return request.redirects().follow(false);
    }

    /** Asserts a 301 from one slug read to another, and that following it reads the resource. */
    private static void assertMoved(Supplier<RequestSpecification> caller, String collection, String from,
            String to, int id) {
        String location = noFollow(caller.get()).get("/api/v1/" + collection + "/slug/{slug}", from).then()
                .statusCode(301)
                .header("Location", startsWith("http"))
                .header("Location", endsWith("/api/v1/" + collection + "/slug/" + encoded(to)))
                .body(emptyOrNullString())
                .extract().header("Location");
        // The Location is sent as it came: already percent-encoded.
        caller.get().urlEncodingEnabled(false).get(location).then().statusCode(200).body("id", equalTo(id)).body("slug", equalTo(to));
    }

    private static String encoded(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    @Test
    void oldSlugOfAPublishedPostAnswers301AtTheCurrentSlug() {
        String old = unique("old-post");
        String current = unique("新的链接");
        int id = createPost(old, "published");
        patch("posts", id, "{\"slug\": \"" + current + "\"}");

        assertMoved(Api::anonymous, "posts", old, current, id);
        anonymous().get("/api/v1/posts/slug/{slug}", current).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aChainOfRenamesLeadsStraightToTheCurrentSlug() {
        String a = unique("chain-a");
        String b = unique("chain-b");
        String c = unique("chain-c");
        int id = createPost(a, "published");
        patch("posts", id, "{\"slug\": \"" + b + "\"}");
        patch("posts", id, "{\"slug\": \"" + c + "\"}");

        assertMoved(Api::anonymous, "posts", a, c, id);
        assertMoved(Api::anonymous, "posts", b, c, id);
    }

    @Test
    void renamingBackToAnOldSlugLeavesNoLoop() {
        String a = unique("back-a");
        String b = unique("back-b");
        int id = createPost(a, "published");
        patch("posts", id, "{\"slug\": \"" + b + "\"}");
        patch("posts", id, "{\"slug\": \"" + a + "\"}");

        anonymous().get("/api/v1/posts/slug/{slug}", a).then().statusCode(200).body("id", equalTo(id));
        assertMoved(Api::anonymous, "posts", b, a, id);
    }

    @Test
    void aNewPostTakesOverAnOldSlug() {
        String old = unique("taken");
        String renamed = unique("taken-renamed");
        int first = createPost(old, "published");
        patch("posts", first, "{\"slug\": \"" + renamed + "\"}");
        int second = createPost(old, "published");

        anonymous().get("/api/v1/posts/slug/{slug}", old).then().statusCode(200).body("id", equalTo(second));
        // The first post's claim on the slug went with the takeover: renaming the new post leads to the new post.
        String moved = unique("taken-moved");
        patch("posts", second, "{\"slug\": \"" + moved + "\"}");
        assertMoved(Api::anonymous, "posts", old, moved, second);
    }

    @Test
    void oldSlugOfAPostNoLongerPublicIsA404ForAnonymousReaders() {
        String old = unique("hidden");
        String current = unique("hidden-now");
        int id = createPost(old, "published");
        patch("posts", id, "{\"slug\": \"" + current + "\", \"status\": \"draft\"}");

        noFollow(anonymous()).get("/api/v1/posts/slug/{slug}", old).then().statusCode(404)
                .contentType("application/problem+json");
        String reader = token("reader");
        noFollow(as(reader)).get("/api/v1/posts/slug/{slug}", old).then().statusCode(301)
                .header("Location", endsWith("/api/v1/posts/slug/" + current));
    }

    @Test
    void slugsOfADraftAreNotKept() {
        String draft = unique("draft-slug");
        String published = unique("draft-published");
        int id = createPost(draft, "draft");
        patch("posts", id, "{\"slug\": \"" + published + "\", \"status\": \"published\"}");

        noFollow(asAdmin()).get("/api/v1/posts/slug/{slug}", draft).then().statusCode(404);
    }

    @Test
    void deletingAPostDeletesItsOldSlugs() {
        String old = unique("deleted-old");
        int id = createPost(old, "published");
        patch("posts", id, "{\"slug\": \"" + unique("deleted-new") + "\"}");
        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);

        noFollow(asAdmin()).get("/api/v1/posts/slug/{slug}", old).then().statusCode(404);
    }

    @Test
    void oldSlugOfATagAnswers301() {
        String old = unique("旧标签");
        String current = unique("new-tag");
        int id = asAdmin().body("{\"name\": \"标签\", \"slug\": \"" + old + "\"}").post("/api/v1/tags").then()
                .statusCode(201).extract().path("id");
        patch("tags", id, "{\"slug\": \"" + current + "\"}");

        // No published post carries it yet: anonymous readers learn nothing, token holders follow it.
        noFollow(anonymous()).get("/api/v1/tags/slug/{slug}", old).then().statusCode(404);
        assertMoved(Api::asAdmin, "tags", old, current, id);

        asAdmin().body("{\"title\": \"t\", \"slug\": \"" + unique("tagged") + "\", \"status\": \"published\", "
                + "\"markdown\": \"x\", \"tags\": [\"" + current + "\"]}").post("/api/v1/posts").then().statusCode(201);
        assertMoved(Api::anonymous, "tags", old, current, id);
    }

    @Test
    void oldSlugOfACategoryAnswers301() {
        String old = unique("old-category");
        String current = unique("新分类");
        int id = asAdmin().body("{\"name\": \"分类\", \"slug\": \"" + old + "\"}").post("/api/v1/categories")
                .then().statusCode(201).extract().path("id");
        asAdmin().body("{\"title\": \"t\", \"slug\": \"" + unique("filed") + "\", \"status\": \"published\", "
                + "\"markdown\": \"x\", \"categories\": [\"" + old + "\"]}").post("/api/v1/posts").then()
                .statusCode(201);
        patch("categories", id, "{\"slug\": \"" + current + "\"}");

        assertMoved(Api::anonymous, "categories", old, current, id);
    }

    @Test
    void keepsTheNewestOldSlugsOfAResource() {
        String first = unique("many-0");
        int id = createPost(first, "published");
        String current = first;
        String second = null;
        for (int i = 1; i <= SlugHistory.KEEP + 1; i++) {
            // Each rename a moment later: the history keeps the newest by time.
            clock.advance(Duration.ofSeconds(1));
            current = unique("many-" + i);
            patch("posts", id, "{\"slug\": \"" + current + "\"}");
            second = i == 1 ? current : second;
        }
        noFollow(anonymous()).get("/api/v1/posts/slug/{slug}", first).then().statusCode(404);
        assertMoved(Api::anonymous, "posts", second, current, id);
    }

    @Test
    void anUnknownSlugIsStillA404() {
        noFollow(anonymous()).get("/api/v1/posts/slug/{slug}", unique("never")).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
