package dev.inkstone.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** /q/health/ready names the database, the search index and the image storage; /q/health/live the index. */
@QuarkusTest
class HealthChecksTest {

    @Test
    void readinessCoversDatabaseSearchIndexAndImageStorage() {
        SearchTesting.awaitIndex();
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("search index", "image storage"))
                .body("checks.find { it.name == 'search index' }.data.state", equalTo("ready"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("checks.name", hasItems("search index"));
    }
}
