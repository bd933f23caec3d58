package dev.inkstone.common;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicLong;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What HTTP tests share: the test admin token and unique names, so tests run in any order on one database. */
public final class Api {

    /** Set as inkstone.auth.admin-token in the test profile. */
    public static final String ADMIN_TOKEN = "test-admin-token";

    private static final AtomicLong COUNTER = new AtomicLong();
    /** Differs between runs, so tests can rerun against a database that keeps earlier runs' data. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private Api() {
    }

    /** A request as the admin, with a JSON body type. */
    public static RequestSpecification asAdmin() {
        return as(ADMIN_TOKEN);
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** A merge-patch request as the admin; the charset is explicit because RestAssured assumes Latin-1 otherwise. */
    public static RequestSpecification mergePatch() {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("application/merge-patch+json; charset=UTF-8");
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A slug no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + COUNTER.incrementAndGet();
    }

    /** Creates a token with a role and returns its value. */
    public static String token(String role) {
        return asAdmin().body("{\"name\": \"" + unique("test") + "\", \"role\": \"" + role + "\"}")
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
    }
}
