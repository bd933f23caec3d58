package dev.inkstone.author;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.inkstone.image.GeneratedImages;
import dev.inkstone.image.TestImages;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuthorResourceTest {

    private static int createAuthor(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/authors").then().statusCode(201).extract().path("id");
    }

    /** Creates a post with these author references and returns its id. */
    private static int post(String status, List<String> authors) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "署名", "slug", unique("byline"), "status", status,
                "markdown", "正文"));
        body.put("authors", authors);
        return asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsAuthorRendersBioAndShowsItOnceAPublishedPostCarriesIt() {
        String slug = unique("老范");
        int avatar = TestImages.uploadGenerated(GeneratedImages.LANDSCAPE_JPEG);
        int id = asAdmin().body(Map.of("name", "老范", "slug", slug, "bio", "写科技与商业的**老范**。",
                "avatar", avatar, "website", "https://lukefan.com/"))
                .post("/api/v1/authors").then().statusCode(201)
                .header("Location", containsString("/api/v1/authors/"))
                .body("slug", equalTo(slug)).body("name", equalTo("老范"))
                .body("bioHtml", equalTo("<p>写科技与商业的<strong>老范</strong>。</p>\n"))
                .body("avatar.id", equalTo(avatar)).body("avatar.variants", notNullValue())
                .body("website", equalTo("https://lukefan.com/"))
                .body("postCount", equalTo(0)).body("version", equalTo(1))
                .extract().path("id");

        // A byline only drafts carry is not public: the same 404 as an author that does not exist.
        anonymous().get("/api/v1/authors/{id}", id).then().statusCode(404);
        post("draft", List.of(slug));
        anonymous().get("/api/v1/authors/slug/{slug}", slug).then().statusCode(404);
        post("published", List.of(slug));
        anonymous().get("/api/v1/authors/{id}", id).then().statusCode(200).body("postCount", equalTo(1));
        Map<String, Object> read = anonymous().get("/api/v1/authors/slug/{slug}", slug).then().statusCode(200)
                .body("id", equalTo(id)).extract().jsonPath().getMap("");
        // A public byline: nothing that reaches or signs in as the person.
        assertEquals(Set.of("id", "slug", "name", "bio", "bioHtml", "avatar", "website", "postCount", "createdAt",
                "updatedAt", "seo", "version"), read.keySet());
        asAdmin().get("/api/v1/authors?perPage=100&sort=-id").then().statusCode(200)
                .body("items.slug", hasItem(slug));
    }

    @Test
    void derivesTheSlugFromTheNameAndRefusesATakenOneWith409() {
        String name = unique("Jane Doe");
        String slug = asAdmin().body(Map.of("name", name)).post("/api/v1/authors").then().statusCode(201)
                .extract().path("slug");
        assertEquals(name.toLowerCase().replace(' ', '-'), slug);
        asAdmin().body(Map.of("name", "Another", "slug", slug)).post("/api/v1/authors").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("slug"));
    }

    @Test
    void refusesAWebsiteThatIsNoAbsoluteHttpAddressWith422() {
        for (String website : List.of("ftp://example.com/", "/about", "javascript:alert(1)", "http://")) {
            asAdmin().body(Map.of("name", "Jane Doe", "slug", unique("site"), "website", website))
                    .post("/api/v1/authors").then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("website"));
        }
        asAdmin().body(Map.of("name", "Jane Doe", "avatar", 999_999_999)).post("/api/v1/authors").then()
                .statusCode(422).body("errors[0].field", equalTo("avatar"));
        asAdmin().body(Map.of("name", "", "slug", unique("blank"))).post("/api/v1/authors").then().statusCode(422)
                .body("errors[0].field", equalTo("name"));
        asAdmin().body(Map.of("name", "Jane", "email", "jane@example.com")).post("/api/v1/authors").then()
                .statusCode(400);
        anonymous().body(Map.of("name", "Jane")).post("/api/v1/authors").then().statusCode(401);
        as(token("reader")).body(Map.of("name", "Jane")).post("/api/v1/authors").then().statusCode(403);
    }

    @Test
    void patchChangesFieldsAndTheOldSlugLeadsToTheNewOne() {
        String slug = unique("rename");
        int id = createAuthor(Map.of("name", "Jane Doe", "slug", slug, "website", "https://jane.example/"));
        String renamed = unique("renamed");
        mergePatch().body("{\"slug\": \"" + renamed + "\", \"bio\": \"*Hi*\", \"website\": null}")
                .patch("/api/v1/authors/{id}", id).then().statusCode(200)
                .body("slug", equalTo(renamed)).body("bioHtml", equalTo("<p><em>Hi</em></p>\n"))
                .body("website", nullValue()).body("name", equalTo("Jane Doe")).body("version", equalTo(2));
        asAdmin().redirects().follow(false).get("/api/v1/authors/slug/{slug}", slug).then().statusCode(301)
                .header("Location", containsString(renamed));
        mergePatch().body("{\"website\": \"mailto:jane@example.com\"}").patch("/api/v1/authors/{id}", id).then()
                .statusCode(422).body("errors[0].field", equalTo("website"));
    }

    @Test
    void postsCarryTheirAuthorsInOrderAndUnknownNamesBecomeAuthors() {
        String slug = unique("first");
        int first = createAuthor(Map.of("name", "老范", "slug", slug));
        String newName = unique("Jane Doe");
        int postId = post("published", List.of(newName, slug));
        asAdmin().get("/api/v1/posts/{id}", postId).then().statusCode(200)
                .body("authors.name", contains(newName, "老范"))
                .body("authors[1].id", equalTo(first)).body("authors[1].slug", equalTo(slug))
                .body("authors[1].avatar", nullValue())
                .body("author", nullValue());
        // The same name names the same author next time, by the slug made from it.
        int again = post("published", List.of(newName));
        int created = asAdmin().get("/api/v1/posts/{id}", postId).then().extract().path("authors[0].id");
        asAdmin().get("/api/v1/posts/{id}", again).then().body("authors[0].id", equalTo(created));
        // A client may send back the objects it read; order changes are a change.
        Map<String, Object> read = asAdmin().get("/api/v1/posts/{id}", postId).then().extract().jsonPath().getMap("");
        List<?> authors = (List<?>) read.get("authors");
        mergePatch().body(Map.of("authors", List.of(authors.get(1), authors.get(0))))
                .patch("/api/v1/posts/{id}", postId).then().statusCode(200)
                .body("authors.name", contains("老范", newName)).body("version", equalTo(2));
        mergePatch().body(Map.of("authors", List.of())).patch("/api/v1/posts/{id}", postId).then().statusCode(200)
                .body("authors", empty());
    }

    @Test
    void theDeprecatedAuthorStringStillNamesOneAuthor() {
        String name = unique("Old Client");
        int id = asAdmin().body(Map.of("title", "旧客户端", "slug", unique("old-client"), "markdown", "x",
                "author", name)).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        asAdmin().get("/api/v1/posts/{id}", id).then().body("authors.name", contains(name));
        mergePatch().body(Map.of("author", "老范")).patch("/api/v1/posts/{id}", id).then().statusCode(200)
                .body("authors.name", contains("老范"));
    }

    @Test
    void filtersPostListsByAuthor() {
        String jane = unique("jane");
        String ada = unique("ada");
        createAuthor(Map.of("name", "Jane Doe", "slug", jane));
        createAuthor(Map.of("name", "Ada", "slug", ada));
        int byJane = post("published", List.of(jane));
        int byBoth = post("published", List.of(ada, jane));
        post("published", List.of(ada));
        anonymous().get("/api/v1/posts?author=" + jane).then().statusCode(200)
                .body("items.id", containsInAnyOrder(byJane, byBoth)).header("X-Total-Count", "2");
        anonymous().get("/api/v1/posts?author=" + jane + "," + ada).then().statusCode(200)
                .body("items", hasSize(3));
        anonymous().get("/api/v1/posts?author=" + jane + "&include=authors").then().statusCode(200)
                .body("items[0].authors[0].postCount", equalTo(2)).body("items[0].authors[0].bio", nullValue());
        anonymous().get("/api/v1/posts?author=nobody-" + jane).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("author"));
        // Without a token an author of drafts only is as unknown as one that does not exist.
        String hidden = unique("hidden");
        createAuthor(Map.of("name", "Hidden", "slug", hidden));
        post("draft", List.of(hidden));
        anonymous().get("/api/v1/posts?author=" + hidden).then().statusCode(400);
        asAdmin().get("/api/v1/posts?status=draft&author=" + hidden).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void deletingAnAuthorWithPostsIsRefusedUnlessTheyAreReassigned() {
        String gone = unique("gone");
        String heir = unique("heir");
        int goneId = createAuthor(Map.of("name", "离开的作者", "slug", gone));
        int heirId = createAuthor(Map.of("name", "Heir", "slug", heir));
        int alone = post("published", List.of(gone));
        int shared = post("draft", List.of(gone, heir));
        asAdmin().delete("/api/v1/authors/{id}", goneId).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("author-in-use"))
                .body("detail", containsString("2 post(s)"))
                .body("errors.field", contains("posts", "posts"))
                .body("errors[0].message", containsString(Integer.toString(alone)));
        asAdmin().delete("/api/v1/authors/{id}?reassignTo=999999999", goneId).then().statusCode(422)
                .body("errors[0].field", equalTo("reassignTo"));
        asAdmin().delete("/api/v1/authors/{id}?reassignTo={self}", goneId, goneId).then().statusCode(422)
                .body("errors[0].field", equalTo("reassignTo"));

        asAdmin().delete("/api/v1/authors/{id}?reassignTo={to}", goneId, heirId).then().statusCode(204);
        asAdmin().get("/api/v1/authors/{id}", goneId).then().statusCode(404);
        asAdmin().get("/api/v1/posts/{id}", alone).then().body("authors.slug", contains(heir))
                .body("version", equalTo(2));
        asAdmin().get("/api/v1/posts/{id}", shared).then().body("authors.slug", contains(heir));
        anonymous().get("/api/v1/authors/{id}", heirId).then().statusCode(200).body("postCount", equalTo(1));

        int unused = createAuthor(Map.of("name", "Unused", "slug", unique("unused")));
        asAdmin().delete("/api/v1/authors/{id}", unused).then().statusCode(204);
        anonymous().delete("/api/v1/authors/{id}", heirId).then().statusCode(401);
    }

    @Test
    void deletingTheAvatarImageLeavesTheAuthorWithoutOne() {
        int avatar = TestImages.uploadGenerated(GeneratedImages.TRANSPARENT_WEBP);
        int id = createAuthor(Map.of("name", "Jane Doe", "slug", unique("avatar"), "avatar", avatar));
        asAdmin().delete("/api/v1/images/{id}", avatar).then().statusCode(204);
        asAdmin().get("/api/v1/authors/{id}", id).then().statusCode(200).body("avatar", nullValue());
    }
}
