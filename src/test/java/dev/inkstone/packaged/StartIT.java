package dev.inkstone.packaged;

import static dev.inkstone.common.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged jar starts on its migrations, becomes ready, serves its document and answers problem+json. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class StartIT {

    @Test
    void becomesReadyAndServesItsDocumentAndProblemAnswers() {
        // Started is not ready: on a database that holds posts the search index is rebuilt first (503 meanwhile).
        Awaitility.await("readiness").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> anonymous().get("/q/health/ready").statusCode() == 200);
        anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        anonymous().get("/q/openapi?format=json").then().statusCode(200).body("info.title", startsWith("Inkstone"));
        anonymous().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        anonymous().post("/api/v1/tags").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }
}
