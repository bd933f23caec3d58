package dev.inkstone.redirect;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import dev.inkstone.common.Fixtures;
import dev.inkstone.importer.Imports;

/** Redirects for a migrated site: recorded by imports, added by admins, looked up by anyone. */
@QuarkusTest
class RedirectResourceTest {

    private static ValidatableResponse lookup(String rawQueryValue) {
        // Sent exactly as written, so the test controls the percent-encoding.
        return anonymous().urlEncodingEnabled(false).get("/api/v1/redirects?path=" + rawQueryValue).then();
    }

    private static ValidatableResponse create(String body) {
        return asAdmin().body(body).post("/api/v1/redirects").then();
    }

    private static void assertProblem(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void aWordPressImportRecordsEachPostsOldPermalink() {
        Imports.upload(Fixtures.WXR.toFile(), "application/xml", false);

        int id = lookup("/2021/05/02/xihu-afternoon/").statusCode(200)
                .body("status", equalTo(301))
                .body("origin", equalTo("import"))
                .body("targetPath", nullValue())
                .body("target.type", equalTo("post"))
                .body("target.slug", startsWith("fixture-xihu-afternoon"))
                .extract().path("target.id");
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(200)
                .body("sourceUrl", equalTo("https://inkstone-fixture.example/2021/05/02/xihu-afternoon/"));
        // Other spellings of the same address: no trailing slash, the full URL, escapes in either case.
        lookup("/2021/05/02/xihu-afternoon").statusCode(200).body("target.id", equalTo(id));
        lookup("https://inkstone-fixture.example/2021/05/02/xihu-afternoon/").statusCode(200)
                .body("target.id", equalTo(id));
        lookup("/2021/05/02/xihu%2dafternoon/").statusCode(200).body("target.id", equalTo(id));
        lookup("/2021/05/02/xihu%2Dafternoon/").statusCode(200).body("target.id", equalTo(id));
        // The feed's tracking parameters in a link are no part of the address.
        lookup("/2021/06/10/java-records/").statusCode(200).body("target.slug", startsWith("fixture-java-records"));

        // Importing the same file again keeps one redirect a path.
        Imports.upload(Fixtures.WXR.toFile(), "application/xml", false);
        lookup("/2021/05/02/xihu-afternoon/").statusCode(200).body("target.id", equalTo(id));
    }

    @Test
    void anAdminRedirectToAPathIsListedLookedUpAndDeleted() {
        String old = "/" + unique("关于我们") + "/";
        String location = create("{\"path\": \"" + old + "\", \"status\": 302, \"targetPath\": \"/about/\"}")
                .statusCode(201)
                .header("Location", containsString("/api/v1/redirects/"))
                .body("path", equalTo(old))
                .body("status", equalTo(302))
                .body("targetPath", equalTo("/about/"))
                .body("target", nullValue())
                .body("origin", equalTo("admin"))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        int id = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));

        // Percent-encoded, lower-case escapes, no trailing slash: the same path.
        String encoded = java.net.URLEncoder.encode(old.substring(1, old.length() - 1),
                java.nio.charset.StandardCharsets.UTF_8).toLowerCase();
        lookup("/" + encoded).statusCode(200).body("id", equalTo(id)).body("targetPath", equalTo("/about/"));
        asAdmin().get("/api/v1/redirects/{id}", id).then().statusCode(200).body("path", equalTo(old));
        asAdmin().queryParam("perPage", 100).queryParam("sort", "-id").get("/api/v1/redirects").then()
                .statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("items.id", hasItem(id));

        asAdmin().header("If-Match", "\"stale\"").delete("/api/v1/redirects/{id}", id).then().statusCode(412);
        asAdmin().delete("/api/v1/redirects/{id}", id).then().statusCode(204);
        lookup("/" + encoded).statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No redirect for this path"));
    }

    @Test
    void aRedirectToAPostFollowsItsRenamesAndHidesItWhileNotPublic() {
        String slug = unique("redirect-target");
        int post = asAdmin().body("{\"title\": \"目标\", \"slug\": \"" + slug + "\", \"status\": \"draft\", "
                + "\"markdown\": \"x\"}").post("/api/v1/posts").then().statusCode(201).extract().path("id");
        String old = "/" + unique("old-permalink") + "/";
        create("{\"path\": \"" + old + "\", \"target\": {\"type\": \"post\", \"id\": " + post + "}}")
                .statusCode(201).body("status", equalTo(301)).body("target.slug", equalTo(slug));

        lookup(old).statusCode(404);
        as(token("reader")).get("/api/v1/redirects?path=" + old).then().statusCode(200)
                .body("target.slug", equalTo(slug));

        String renamed = unique("redirect-target-renamed");
        mergePatch().body("{\"status\": \"published\", \"slug\": \"" + renamed + "\"}")
                .patch("/api/v1/posts/{id}", post).then().statusCode(200);
        lookup(old).statusCode(200).body("target.id", equalTo(post)).body("target.slug", equalTo(renamed));
    }

    @Test
    void aSecondRedirectForTheSamePathIs409() {
        String old = "/" + unique("twice");
        create("{\"path\": \"" + old + "/\", \"targetPath\": \"/a/\"}").statusCode(201);
        assertProblem(create("{\"path\": \"" + old + "\", \"targetPath\": \"/b/\"}"), 409, "path");
    }

    @Test
    void invalidRedirectsAre422NamingTheField() {
        String path = "/" + unique("invalid");
        for (List<String> bodyAndField : List.of(
                List.of("{\"targetPath\": \"/a/\"}", "path"),
                List.of("{\"path\": \"no-slash\", \"targetPath\": \"/a/\"}", "path"),
                List.of("{\"path\": \"" + path + "\", \"status\": 307, \"targetPath\": \"/a/\"}", "status"),
                List.of("{\"path\": \"" + path + "\"}", "targetPath"),
                List.of("{\"path\": \"" + path + "\", \"targetPath\": \"/a/\", "
                        + "\"target\": {\"type\": \"post\", \"id\": 1}}", "target"),
                List.of("{\"path\": \"" + path + "\", \"targetPath\": \"//evil.example/\"}", "targetPath"),
                List.of("{\"path\": \"" + path + "\", \"target\": {\"type\": \"image\", \"id\": 1}}", "target.type"),
                List.of("{\"path\": \"" + path + "\", \"target\": {\"type\": \"tag\", \"id\": 999999999}}",
                        "target.id"))) {
            ValidatableResponse response = create(bodyAndField.get(0));
            response.statusCode(org.hamcrest.Matchers.oneOf(400, 422));
            assertProblem(response, response.extract().statusCode(), bodyAndField.get(1));
        }
        // Nothing of the refused bodies was written.
        lookup(path).statusCode(404);
    }

    @Test
    void listingNeedsAnAdminAndALookupTakesNoPaging() {
        anonymous().get("/api/v1/redirects").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        as(token("editor")).get("/api/v1/redirects").then().statusCode(403);
        anonymous().queryParam("path", "/x/").queryParam("page", 2).get("/api/v1/redirects").then()
                .statusCode(400).body("errors.field", hasItem("page"));
        anonymous().queryParam("path", "no-slash").get("/api/v1/redirects").then()
                .statusCode(400).body("errors.field", hasItem("path"));
        lookup("/" + unique("nothing-here") + "/").statusCode(404).contentType("application/problem+json");
    }
}
