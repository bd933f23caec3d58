package dev.inkstone.readme;

import static dev.inkstone.common.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * README's "Building a site" walk-through, run with bash and curl as README shows it. The commands live in
 * {@code src/test/resources/readme/site-walkthrough.sh}; README holds them verbatim. It writes the site settings of
 * the database all tests share, so it puts them back afterwards.
 */
@QuarkusTest
class ReadmeSiteWalkthroughTest {

    private static final ReadmeScript SCRIPT = new ReadmeScript("site-walkthrough.sh", "README site walk-through");

    @Test
    void readmeShowsTheSiteWalkthroughVerbatim() throws IOException {
        SCRIPT.assertReadmeShowsItVerbatim();
    }

    @Test
    void siteWalkthroughRunsAgainstTheServer(@TempDir Path dir) throws Exception {
        removeWhatAnEarlierRunMade();
        Map<String, Object> before = asAdmin().get("/api/v1/site").then().statusCode(200).extract().jsonPath()
                .getMap("");
        try {
            String output = SCRIPT.run(dir, Duration.ofMinutes(2));

            // The menus as an anonymous reader gets them: the page by its path, the category by its slug.
            assertTrue(output.contains("\"type\":\"page\""), output);
            assertTrue(output.contains("\"path\":[\"guanyu\"]"), output);
            assertTrue(output.contains("\"path\":[\"guanyu\",\"contact\"]"), output);
            assertTrue(output.contains("\"type\":\"category\""), output);
            assertTrue(output.contains("\"slug\":\"essays\""), output);
            assertTrue(output.contains("<item><title>开张了</title>"), "the author's feed has the post:\n" + output);
            assertTrue(output.contains("/sitemaps/pages-1.xml</loc>"), output);
            assertTrue(output.contains("<urlset"), output);
            // Tests write 2 URLs a sitemap file: on a database shared with other tests the child page may be in a
            // later file than the one README reads.
            boolean listed = false;
            for (int file = 1; !listed; file++) {
                Response sitemap = RestAssured.get("/sitemaps/pages-" + file + ".xml");
                if (sitemap.statusCode() != 200) {
                    break;
                }
                listed = sitemap.asString().contains("<loc>https://blog.example.cn/guanyu/contact</loc>");
            }
            assertTrue(listed, "the child page is in a pages sitemap at its path");
            asAdmin().get("/api/v1/pages/slug/guanyu").then().statusCode(200)
                    .body("authors[0].name", org.hamcrest.Matchers.equalTo("老范"))
                    .body("seo.description", org.hamcrest.Matchers.equalTo("关于老范和这个博客"));
            asAdmin().get("/api/v1/posts/slug/first-post").then().statusCode(200)
                    .body("authors[0].slug", org.hamcrest.Matchers.equalTo("lao-fan"))
                    .body("seo.canonicalUrl", org.hamcrest.Matchers.equalTo("https://blog.example.cn/first-post"));
        } finally {
            Map<String, Object> restore = new java.util.HashMap<>();
            for (String field : new String[] { "title", "url", "locale", "timezone" }) {
                restore.put(field, before.get(field));
            }
            restore.put("navigation", java.util.List.of());
            restore.put("secondaryNavigation", java.util.List.of());
            Api.mergePatch().body(restore).patch("/api/v1/site").then().statusCode(200);
        }
    }

    /** The walk-through makes fixed slugs; on a database kept from an earlier run they would be 409s. */
    private static void removeWhatAnEarlierRunMade() {
        ReadmeScript.deleteIfPresent("/api/v1/posts/slug/first-post", "/api/v1/posts/");
        ReadmeScript.deleteIfPresent("/api/v1/pages/slug/contact", "/api/v1/pages/");
        ReadmeScript.deleteIfPresent("/api/v1/pages/slug/guanyu", "/api/v1/pages/");
        ReadmeScript.deleteIfPresent("/api/v1/categories/slug/essays", "/api/v1/categories/");
        ReadmeScript.deleteIfPresent("/api/v1/authors/slug/lao-fan", "/api/v1/authors/");
    }
}
