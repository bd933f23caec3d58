package dev.inkstone.auth;

import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.time.TestClock;

/**
 * A token verified lately is trusted for the time to live (5 s by default) without reading it again: a row deleted
 * behind this instance's back, as another instance's revocation would, still works until then and not after.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    TestClock clock;

    @Inject
    TokenRepository tokens;

    @Test
    void aTokenRevokedElsewhereWorksHereUntilItsEntryExpires() {
        String token = asAdmin().body(Map.of("name", unique("elsewhere"), "role", "editor")).post("/api/v1/tokens")
                .then().statusCode(201).extract().path("token");
        as(token).body(Map.of("name", unique("verified"))).post("/api/v1/tags").then().statusCode(201);

        // Another instance revokes it: the row goes, this instance hears nothing.
        QuarkusTransaction.requiringNew().run(() -> tokens.delete("tokenHash", TokenHashes.hash(token)));
        as(token).body(Map.of("name", unique("still-trusted"))).post("/api/v1/tags").then().statusCode(201);

        clock.advance(Duration.ofSeconds(6));
        as(token).body(Map.of("name", unique("expired"))).post("/api/v1/tags").then().statusCode(401);
    }

    @Test
    void aWrongTokenIsNeverTrusted() {
        String wrong = "ink_" + unique("wrong");
        as(wrong).body(Map.of("name", unique("never"))).post("/api/v1/tags").then().statusCode(401);
        as(wrong).body(Map.of("name", unique("never"))).post("/api/v1/tags").then().statusCode(401);
    }
}
