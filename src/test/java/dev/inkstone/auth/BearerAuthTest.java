package dev.inkstone.auth;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import dev.inkstone.common.time.TestClock;

/** Bearer tokens through Quarkus security: who may do what, what a refusal looks like, and throttled guessing. */
@QuarkusTest
class BearerAuthTest {

    /** Test addresses (RFC 5737), one per test that fails on purpose, so their failures never add up. */
    private static final AtomicInteger ADDRESS = new AtomicInteger((int) (System.nanoTime() % 200));

    @Inject
    TestClock clock;

    private static String newAddress() {
        int n = ADDRESS.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification from(String address, String authorization) {
        RequestSpecification request = anonymous().header("X-Forwarded-For", address);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static void assertProblem(ValidatableResponse response, int status, String type) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("type", equalTo(type));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"nme\": \"typo\"}", "{\"name\": \"\"}", "not json at all" })
    void anAnonymousWriteIs401BeforeItsBodyIsRead(String body) {
        var response = from(newAddress(), null).body(body).post("/api/v1/tags").then();
        assertProblem(response, 401, "/problems/unauthorized");
        response.header("WWW-Authenticate", startsWith("Bearer")).body("detail",
                equalTo("This request needs a bearer token"));
    }

    @Test
    void aReaderWriteIs403BeforeItsBodyIsRead() {
        String reader = token("reader");
        var response = as(reader).body("{\"nme\": \"typo\"}").post("/api/v1/tags").then();
        assertProblem(response, 403, "/problems/forbidden");
        response.body("detail", equalTo("This request needs a token with the editor role"));
        assertProblem(as(reader).get("/api/v1/tokens").then(), 403, "/problems/forbidden");
    }

    @Test
    void rolesIncludeTheOnesBelowThem() {
        String editor = token("editor");
        as(editor).body("{\"name\": \"" + unique("by-editor") + "\"}").post("/api/v1/tags").then().statusCode(201);
        asAdmin().body("{\"name\": \"" + unique("by-admin") + "\"}").post("/api/v1/tags").then().statusCode(201);
        as(editor).get("/api/v1/export").then().statusCode(200);
        as(editor).get("/api/v1/posts?status=draft").then().statusCode(200);
        anonymous().get("/api/v1/posts?status=draft").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer not-a-token-of-ours", "Basic dXNlcjpwYXNz", "Bearer", "Bearer   " })
    void aPresentButInvalidTokenIs401EvenOnPublicReads(String authorization) {
        var response = from(newAddress(), authorization).get("/api/v1/tags").then();
        assertProblem(response, 401, "/problems/unauthorized");
        response.header("WWW-Authenticate", startsWith("Bearer"));
        from(newAddress(), null).get("/api/v1/tags").then().statusCode(200);
        // Outside the REST resources too.
        assertProblem(from(newAddress(), authorization).get("/q/health/live").then(), 401, "/problems/unauthorized");
    }

    @Test
    void repeatedFailuresFromOneAddressAre429UntilTheWindowEnds() {
        String address = newAddress();
        String goodToken = "Bearer " + ADMIN_TOKEN;
        for (int i = 0; i < 20; i++) {
            assertProblem(from(address, "Bearer wrong-" + i).get("/api/v1/tags").then(), 401,
                    "/problems/unauthorized");
        }
        var limited = from(address, "Bearer wrong-21").get("/api/v1/tags").then();
        assertProblem(limited, 429, "/problems/too-many-attempts");
        int retryAfter = Integer.parseInt(limited.extract().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // A right guess must not show through while the address is limited, or the limit would leak it.
        assertProblem(from(address, goodToken).get("/api/v1/tags").then(), 429, "/problems/too-many-attempts");
        from(address, goodToken).contentType(ContentType.JSON).body("{\"nme\": 1}").post("/api/v1/tags").then()
                .statusCode(429);
        // Other addresses and anonymous reads from this one are not affected.
        from(newAddress(), goodToken).get("/api/v1/tags").then().statusCode(200);
        from(address, null).get("/api/v1/tags").then().statusCode(200);

        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(FailedTokenAttempts.class.getName());
        log.addHandler(capture);
        try {
            clock.advance(Duration.ofSeconds(61));
            assertProblem(from(address, "Bearer wrong-again").get("/api/v1/tags").then(), 401,
                    "/problems/unauthorized");
            from(address, goodToken).get("/api/v1/tokens").then().statusCode(200);
            // The ended window is logged once, in aggregate, without any token.
            await().atMost(Duration.ofSeconds(10)).until(() -> logged.stream().anyMatch(line -> line.contains(
                    "20 failed token attempts from " + address) && line.contains("3 more refused unchecked")));
            assertTrue(logged.stream().noneMatch(line -> line.contains("wrong-") || line.contains(ADMIN_TOKEN)));
        } finally {
            log.removeHandler(capture);
        }
    }
}
