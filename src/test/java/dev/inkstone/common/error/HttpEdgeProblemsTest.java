package dev.inkstone.common.error;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Errors the HTTP layer meets before any resource: an over-long target, bytes that are not UTF-8. */
@QuarkusTest
class HttpEdgeProblemsTest {

    @Test
    void aRequestTargetOverTheLimitIs414ProblemJson() {
        given().urlEncodingEnabled(false).get("/api/v1/posts?q=" + "a".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414)).body("title", equalTo("URI Too Long"))
                .body("detail", containsString("4096"));
    }

    @Test
    void aRequestTargetBelowTheLimitIsServedAsBefore() {
        // A slug nobody has: the resource answers (404), not the length check (414).
        given().urlEncodingEnabled(false).get("/api/v1/posts/slug/" + "a".repeat(3000))
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Overlong "/", a lone continuation byte, a sequence cut short, an encoded surrogate. */
    @ParameterizedTest
    @ValueSource(strings = { "C0AF", "80", "E4B8", "EDA080" })
    void aJsonBodyThatIsNotUtf8Is400NamingTheBody(String hex) {
        String slug = unique("utf8");
        byte[] body = join("{\"name\": \"a", hex, "b\", \"slug\": \"" + slug + "\"}");
        asAdmin().body(body).post("/api/v1/tags")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-body")).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("UTF-8"));
        asAdmin().get("/api/v1/tags/slug/" + slug).then().statusCode(404);
    }

    @Test
    void aMergePatchThatIsNotUtf8Is400() {
        String slug = unique("utf8-patch");
        int id = asAdmin().body("{\"name\": \"原名\", \"slug\": \"" + slug + "\"}").post("/api/v1/tags")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + ADMIN_TOKEN).contentType("application/merge-patch+json")
                .body(join("{\"name\": \"", "C0AF", "\"}")).patch("/api/v1/tags/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        asAdmin().get("/api/v1/tags/" + id).then().statusCode(200).body("name", equalTo("原名"));
    }

    @Test
    void validUtf8BodiesStillPass() {
        String slug = unique("utf8-ok");
        asAdmin().body("{\"name\": \"机器学习 Ünïcode\", \"slug\": \"" + slug + "\"}")
                .post("/api/v1/tags").then().statusCode(201).body("name", equalTo("机器学习 Ünïcode"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/posts?tag=%C0%AF", "/api/v1/posts?tag=%E4%B8", "/api/v1/posts?tag=%80" })
    void aPercentEncodedQueryThatIsNotUtf8Is400(String target) {
        given().urlEncodingEnabled(false).get(target)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("query"));
    }

    @Test
    void aPercentEncodedPathThatIsNotUtf8Is400() {
        given().urlEncodingEnabled(false).get("/api/v1/tags/slug/%C0%AF")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
    }

    /** Bytes outside ASCII in the request line are refused by the HTTP layer itself (a bare 400, see README). */
    @Test
    void rawBytesInTheRequestLineAreRefused() throws IOException {
        String bad = rawGet(join("/api/v1/tags/slug/x", "C0AF", ""));
        assertTrue(bad.startsWith("HTTP/1.1 400"), bad);
    }

    /**
     * Every target the HTTP layer lets through reaches the length check, up to its own request-line limit (64 KiB):
     * a problem+json 414. Past that limit Vert.x answers a bare 414 itself, before any handler (README, Errors).
     */
    @Test
    void targetsUpToTheRequestLineLimitGetTheProblem414AndLongerOnesTheHttpLayers() throws IOException {
        String longest = rawGet(("/api/v1/posts/slug/" + "a".repeat(65536 - 100))
                .getBytes(StandardCharsets.US_ASCII));
        assertTrue(longest.startsWith("HTTP/1.1 414"), longest);
        assertTrue(longest.contains("application/problem+json") && longest.contains("\"status\":414"), longest);

        String tooLong = rawGet(("/api/v1/posts/slug/" + "a".repeat(65536)).getBytes(StandardCharsets.US_ASCII));
        // Answered as HTTP/1.0: the request line was never read, so neither was its version.
        assertTrue(tooLong.startsWith("HTTP/1.0 414"), tooLong);
        assertTrue(tooLong.toLowerCase(Locale.ROOT).contains("content-length: 0"),
                "the HTTP layer's own answer has no body: " + tooLong);
    }

    /** A request line the HTTP layer cannot parse: a bare 400 from Vert.x, before any handler (README, Errors). */
    @Test
    void aMalformedRequestLineIsABare400() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write("GET /api/v1/posts HTTP/x.y\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.0 400"), answer);
            assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-length: 0"), answer);
        }
    }

    private static String rawGet(byte[] target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Text, then bytes given in hex, then text. */
    private static byte[] join(String before, String hex, String after) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < hex.length(); i += 2) {
            bytes.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
