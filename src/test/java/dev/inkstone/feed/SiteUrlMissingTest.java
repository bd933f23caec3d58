package dev.inkstone.feed;

import static dev.inkstone.common.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.inkstone.common.EdgeSettingsProfile;

/** Without INKSTONE_SITE_URL feeds and sitemaps answer a 503 problem naming it, never links to nowhere. */
@QuarkusTest
@TestProfile(EdgeSettingsProfile.class)
class SiteUrlMissingTest {

    @Test
    void feedsAndSitemapsAnswer503NamingTheSetting() {
        for (String path : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json",
                "/feeds/tag/anything/rss.xml", "/sitemap.xml", "/sitemaps/posts-1.xml", "/sitemaps/tags-1.xml")) {
            anonymous().get(path).then().statusCode(503).contentType("application/problem+json")
                    .header("Cache-Control", "no-cache")
                    .body("type", equalTo("/problems/site-url-missing"))
                    .body("errors[0].field", equalTo("INKSTONE_SITE_URL"));
        }
    }
}
