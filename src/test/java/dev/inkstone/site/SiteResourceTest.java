package dev.inkstone.site;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.site.SiteFixtures.link;
import static dev.inkstone.site.SiteFixtures.patch;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET and PATCH /api/v1/site: defaults, each validation rule with its field, conditional requests and roles. */
@QuarkusTest
class SiteResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    PublicBaseUrl baseUrl;

    @Inject
    SiteConfig config;

    @Test
    void aFreshDatabaseAnswersAnEmptySite() throws SQLException {
        // Other tests change the one row; put back what V28 inserts (read with a token: the cache keys on writes).
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update site_settings set title = '', description = null, url = null, "
                    + "locale = 'en', timezone = 'UTC', logo_image_id = null, icon_image_id = null, "
                    + "navigation = '[]', secondary_navigation = '[]' where id = 1");
        }
        asAdmin().get("/api/v1/site").then().statusCode(200)
                .body("title", equalTo("")).body("description", nullValue()).body("url", nullValue())
                .body("locale", equalTo("en")).body("timezone", equalTo("UTC"))
                .body("logo", nullValue()).body("icon", nullValue())
                .body("navigation.size()", equalTo(0)).body("secondaryNavigation.size()", equalTo(0));
        assertEquals(config.url().orElse(""), baseUrl.get(), "no url in the settings: the configured one");
    }

    @Test
    void aPatchIsStoredAndReadBack() {
        patch(Map.of("title", "老范的博客", "description", "写代码，也写生活", "url", "https://blog.example.cn",
                "locale", "zh-cn", "timezone", "Asia/Shanghai",
                "navigation", List.of(link("首页", "url", "/"), link("GitHub", "url", "https://github.com/example"))))
                .statusCode(200).body("locale", equalTo("zh-CN"));
        anonymous().get("/api/v1/site").then().statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .body("title", equalTo("老范的博客")).body("url", equalTo("https://blog.example.cn"))
                .body("timezone", equalTo("Asia/Shanghai"))
                .body("navigation.label", contains("首页", "GitHub"))
                .body("navigation.type", contains("url", "url"))
                .body("navigation[1].url", equalTo("https://github.com/example"));
        assertEquals("https://blog.example.cn", baseUrl.get());
        patch(Map.of("title", "Notes", "locale", "en-GB", "timezone", "Europe/London")).statusCode(200)
                .body("title", equalTo("Notes")).body("navigation.label", contains("首页", "GitHub"));
    }

    @Test
    void eachRuleIsA422NamingItsField() {
        rejects(Map.of("url", "ftp://blog.example.cn"), "url");
        rejects(Map.of("url", "blog.example.cn"), "url");
        rejects(Map.of("locale", "zh_CN!"), "locale");
        rejects(Map.of("timezone", "Mars/Olympus_Mons"), "timezone");
        rejects(Map.of("logoImageId", Long.MAX_VALUE), "logoImageId");
        rejects(Map.of("iconImageId", Long.MAX_VALUE), "iconImageId");
        rejects(Map.of("title", "长".repeat(201)), "title");
        rejects(Map.of("navigation", List.of(Map.of("label", "both", "url", "/a", "postId", 1))),
                "navigation[0].postId");
        rejects(Map.of("navigation", List.of(link("a", "url", "/a"), link("b", "url", "/b"), Map.of("label", "c"))),
                "navigation[2].url");
        rejects(Map.of("navigation", List.of(Map.of("label", "two", "tagId", 1, "categoryId", 2))),
                "navigation[0].categoryId");
        rejects(Map.of("navigation", List.of(link("", "url", "/"))), "navigation[0].label");
        rejects(Map.of("navigation", List.of(link("长".repeat(101), "url", "/"))), "navigation[0].label");
        rejects(Map.of("navigation", List.of(link("js", "url", "javascript:alert(1)"))), "navigation[0].url");
        rejects(Map.of("navigation", List.of(link("other host", "url", "//evil.example"))), "navigation[0].url");
        rejects(Map.of("secondaryNavigation", List.of(link("gone", "postId", Long.MAX_VALUE))),
                "secondaryNavigation[0].postId");
        rejects(Map.of("navigation", Collections.nCopies(101, link("x", "url", "/"))), "navigation");
        mergePatch().body("{\"title\": null}").patch("/api/v1/site").then().statusCode(422)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aHundredItemsAreAllowed() {
        List<Map<String, Object>> items = new ArrayList<>(Collections.nCopies(100, link("页", "url", "/")));
        patch(Map.of("secondaryNavigation", items)).statusCode(200).body("secondaryNavigation.size()", equalTo(100));
        patch(Map.of("secondaryNavigation", List.of())).statusCode(200);
    }

    @Test
    void aStaleIfMatchIs412() {
        String etag = asAdmin().get("/api/v1/site").then().statusCode(200).extract().header("ETag");
        patch(Map.of("title", "先改一次 " + System.nanoTime())).statusCode(200);
        mergePatch().header("If-Match", etag).body(Map.of("title", "晚了")).patch("/api/v1/site").then()
                .statusCode(412).contentType("application/problem+json");
        String current = asAdmin().get("/api/v1/site").then().extract().header("ETag");
        mergePatch().header("If-Match", current).body(Map.of("title", "及时")).patch("/api/v1/site").then()
                .statusCode(200).body("title", equalTo("及时"));
    }

    @Test
    void anUnchangedSiteIs304() {
        String etag = anonymous().get("/api/v1/site").then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/v1/site").then().statusCode(304)
                .header("Cache-Control", startsWith("public"));
    }

    @Test
    void onlyTheAdminMayChangeTheSite() {
        anonymous().contentType("application/merge-patch+json").body("{\"title\": \"x\"}").patch("/api/v1/site")
                .then().statusCode(401).contentType("application/problem+json");
        as(token("editor")).contentType("application/merge-patch+json").body("{\"title\": \"x\"}")
                .patch("/api/v1/site").then().statusCode(403).contentType("application/problem+json");
    }

    private static void rejects(Map<String, ?> body, String field) {
        patch(body).statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
