package dev.inkstone.common.http;

import static dev.inkstone.common.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What a browser app on another origin needs: preflights that grant the conditional headers, readable headers. */
@QuarkusTest
class CorsTest {

    private static final String ORIGIN = "https://frontend.example";

    private static Matcher<String> allowsOrigin() {
        return anyOf(equalTo("*"), equalTo(ORIGIN));
    }

    @Test
    void preflightGrantsConditionalWritesWithABearerToken() {
        int tagId = Content.publicTag(unique("cors-tag"));

        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/api/v1/tags/{id}", tagId)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", allowsOrigin())
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PUT"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Content-Type"))
                .header("Access-Control-Max-Age", not(emptyOrNullString()));
    }

    @Test
    void preflightGrantsRevalidationAndPatch() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/posts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", allowsOrigin())
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PATCH"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-None-Match"));
    }

    @Test
    void crossOriginReadExposesETagLinkTotalCountAndLocation() {
        given().header("Origin", ORIGIN).get("/api/v1/tags?perPage=1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", allowsOrigin())
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Link"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("X-Total-Count"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Location"));
    }

    @Test
    void readsVaryByOriginSoSharedCachesKeepOneCopyPerOrigin() {
        int tagId = Content.publicTag(unique("cors-tag"));

        given().get("/api/v1/tags/{id}", tagId).then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsStringIgnoringCase("Origin"));
        given().header("Origin", ORIGIN).get("/api/v1/tags/{id}", tagId).then().statusCode(200)
                .header("Access-Control-Allow-Origin", allowsOrigin())
                .header("Vary", containsStringIgnoringCase("Origin"));
    }

    @Test
    void crossOriginRevalidationIsA304WithCorsHeaders() {
        int tagId = Content.publicTag(unique("cors-tag"));
        String etag = Content.etag("/api/v1/tags/{id}", tagId);

        given().header("Origin", ORIGIN).header("If-None-Match", etag).get("/api/v1/tags/{id}", tagId)
                .then().statusCode(304).header("ETag", etag)
                .header("Access-Control-Allow-Origin", allowsOrigin())
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"))
                .header("Vary", containsStringIgnoringCase("Origin"));
    }
}
