package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.inkstone.common.EdgeSettingsProfile;

/** With the default INKSTONE_IMPORT_ALLOW_PRIVATE=false: sites on the server's own network are refused, no job. */
@QuarkusTest
@TestProfile(EdgeSettingsProfile.class)
class WordPressImportSsrfTest {

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8090", "http://localhost/blog", "http://10.0.0.7/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]:9000/", "https://192.168.1.20",
            "http://[fd00:ec2::254]/" })
    void internalSitesAre422NamingUrl(String url) {
        asAdmin().body(Map.of("url", url)).post("/api/v1/imports/wordpress").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("INKSTONE_IMPORT_ALLOW_PRIVATE"));
    }
}
