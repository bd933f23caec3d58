package dev.inkstone.common.error;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every class of bad request gets a problem+json answer, never a 500, a stack trace or an HTML page. */
@QuarkusTest
class ErrorHandlingTest {

    private static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("type", notNullValue())
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownPathIs404Problem() {
        isProblem(anonymous().get("/api/v1/nothing-here").then(), 404);
        isProblem(anonymous().get("/no/such/page").then(), 404);
    }

    @Test
    void unsupportedMethodIs405WithAllow() {
        isProblem(asAdmin().body("{}").post("/api/v1/tags/1").then(), 405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        isProblem(anonymous().accept("text/csv").get("/api/v1/tags").then(), 406);
    }

    @Test
    void wrongContentTypeIs415() {
        isProblem(asAdmin().contentType("text/plain").body("name=x").post("/api/v1/tags").then(), 415);
        isProblem(asAdmin().contentType("application/xml").body("<tag/>").post("/api/v1/posts").then(), 415);
    }

    @Test
    void malformedJsonIs400() {
        isProblem(asAdmin().body("{\"name\": ").post("/api/v1/tags").then(), 400);
        isProblem(asAdmin().body("not json").post("/api/v1/tags").then(), 400);
        isProblem(asAdmin().body("[]").post("/api/v1/tags").then(), 400);
    }

    @Test
    void missingBodyIs400() {
        isProblem(asAdmin().post("/api/v1/tags").then(), 400);
        // the body, not the Java parameter that would have held it (curl -d @missing-file.json sends none)
        for (String path : java.util.List.of("/api/v1/tags", "/api/v1/posts", "/api/v1/categories")) {
            isProblem(asAdmin().contentType("application/json").post(path).then(), 400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("body"))
                    .body("errors[0].message", org.hamcrest.Matchers.equalTo("a JSON body is required"));
        }
        isProblem(asAdmin().contentType("application/json").put("/api/v1/posts/slug/no-body-here").then(), 400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("body"));
    }

    @Test
    void unknownQueryParameterIs400NamingIt() {
        anonymous().get("/api/v1/tags?perPage=3").then().statusCode(200);
        // the same list with a typo, after the list itself was cached: never answered from memory
        isProblem(anonymous().get("/api/v1/tags?perPage=3&colour=red").then(), 400)
                .body("errors[0].field", equalTo("colour"));
        isProblem(anonymous().get("/api/v1/posts?color=red").then(), 400).body("errors[0].field", equalTo("color"));
        isProblem(anonymous().get("/api/v1/posts?perpage=5").then(), 400).body("errors[0].field", equalTo("perpage"));
        isProblem(anonymous().get("/api/v1/search?q=x&tags=a").then(), 400).body("errors[0].field", equalTo("tags"));
        anonymous().get("/api/v1/posts?perPage=1&status=published&tagMatch=all&include=tags&fields=id,tags").then()
                .statusCode(200);
    }

    @Test
    void unknownFieldIs400NamingIt() {
        isProblem(asAdmin().body("{\"name\": \"x\", \"colour\": \"red\"}").post("/api/v1/tags").then(), 400)
                .body("errors[0].field", equalTo("colour"));
        // Read-only fields a GET shows (id, html…) are ignored; a name no post has is not.
        isProblem(asAdmin().body("{\"title\": \"x\", \"markdown\": \"y\", \"ids\": 5}").post("/api/v1/posts")
                .then(), 400).body("errors[0].field", equalTo("ids"));
    }

    @Test
    void wrongJsonTypeIs400NamingTheField() {
        isProblem(asAdmin().body("{\"title\": \"x\", \"markdown\": \"y\", \"tags\": \"one\"}").post("/api/v1/posts")
                .then(), 400).body("errors[0].field", equalTo("tags"));
        isProblem(asAdmin().body("{\"title\": \"x\", \"markdown\": \"y\", \"publishedAt\": \"yesterday\"}")
                .post("/api/v1/posts").then(), 400).body("errors[0].field", equalTo("publishedAt"));
        isProblem(asAdmin().body("{\"name\": \"x\", \"parentId\": \"abc\"}").post("/api/v1/categories").then(), 400)
                .body("errors[0].field", equalTo("parentId"));
        isProblem(asAdmin().body("{\"name\": \"x\", \"parentId\": 99999999999999999999999}")
                .post("/api/v1/categories").then(), 400);
    }

    @Test
    void missingRequiredFieldsAre422() {
        isProblem(asAdmin().body("{}").post("/api/v1/posts").then(), 422)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("markdown"));
        isProblem(asAdmin().body("{\"title\": \"x\", \"markdown\": \"y\", \"tags\": [\"\"]}").post("/api/v1/posts")
                .then(), 422).body("errors.field", hasItem("tags[0]"));
    }

    @Test
    void invalidUtf8Is400() {
        byte[] body = "{\"name\": \"bad \"}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 2];
        System.arraycopy(body, 0, broken, 0, 13);
        broken[13] = (byte) 0xC3;
        broken[14] = (byte) 0x28;
        System.arraycopy(body, 13, broken, 15, body.length - 13);
        isProblem(given().header("Authorization", "Bearer " + ADMIN_TOKEN).contentType("application/json")
                .body(broken).post("/api/v1/tags").then(), 400);
    }

    @Test
    void deeplyNestedJsonIs400() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        isProblem(asAdmin().body("{\"name\": " + deep + "}").post("/api/v1/tags").then(), 400);
    }

    @Test
    void oversizeBodyIs413() {
        String huge = "a".repeat(3 * 1024 * 1024);
        isProblem(asAdmin().body("{\"title\": \"x\", \"markdown\": \"" + huge + "\"}").post("/api/v1/posts")
                .then(), 413).body("title", equalTo("Content Too Large"));
    }

    @Test
    void longStringsAre422() {
        String longTitle = "标".repeat(301);
        isProblem(asAdmin().body("{\"title\": \"" + longTitle + "\", \"markdown\": \"x\"}").post("/api/v1/posts")
                .then(), 422).body("errors[0].field", equalTo("title"));
        String longMarkdown = "a".repeat(200_001);
        isProblem(asAdmin().body("{\"title\": \"x\", \"markdown\": \"" + longMarkdown + "\"}").post("/api/v1/posts")
                .then(), 422).body("errors[0].field", equalTo("markdown"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\\u0000", "\\u0007", "\\u001b[31m", "\\ud800", "\\udc00x", "\\uffff" })
    void controlCharactersAndBrokenUnicodeAre422(String escape) {
        isProblem(asAdmin().body("{\"title\": \"a" + escape + "b\", \"markdown\": \"x\"}").post("/api/v1/posts")
                .then(), 422).body("errors[0].field", equalTo("title"));
        isProblem(asAdmin().body("{\"title\": \"ok\", \"markdown\": \"a" + escape + "b\"}").post("/api/v1/posts")
                .then(), 422).body("errors[0].field", equalTo("markdown"));
    }

    @Test
    void markdownMayHoldLineBreaksAndTabs() {
        asAdmin().body("{\"title\": \"ok\", \"slug\": \"" + unique("tabs") + "\", \"markdown\": \"a\\tb\\r\\nc\"}")
                .post("/api/v1/posts").then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "0", "99999999999999999999", "abc", "1.5", "%00", "9223372036854775807" })
    void oddIdsAre404(String id) {
        isProblem(anonymous().urlEncodingEnabled(false).get("/api/v1/posts/" + id).then(), 404);
        isProblem(anonymous().urlEncodingEnabled(false).get("/api/v1/tags/" + id).then(), 404);
    }

    @Test
    void pathTraversalAndOddSlugsAre404() {
        isProblem(anonymous().urlEncodingEnabled(false).get("/api/v1/posts/slug/..%2F..%2Fetc%2Fpasswd").then(), 404);
        isProblem(anonymous().get("/api/v1/posts/slug/{slug}", "x".repeat(1000)).then(), 404);
        // Past the 4 KiB request-target limit: 414 before any resource runs, a problem like any other error.
        isProblem(anonymous().get("/api/v1/posts/slug/{slug}", "x".repeat(5000)).then(), 414);
        isProblem(anonymous().get("/api/v1/posts/slug/{slug}", "中文\u0000").then(), 404);
    }

    @Test
    void hostileUpsertSlugIs400() {
        isProblem(asAdmin().body("{\"title\": \"x\", \"markdown\": \"y\"}").put("/api/v1/posts/slug/{slug}", "Bad Slug")
                .then(), 400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void healthAndMetricsAnswer() {
        anonymous().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        anonymous().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }

    @Test
    void problemsAreNeverCachedPublicly() {
        anonymous().get("/api/v1/posts/999999999").then().statusCode(404)
                .header("Cache-Control", anyOf(is("no-cache"), is("private, no-store")))
                .time(lessThan(10_000L));
    }
}
