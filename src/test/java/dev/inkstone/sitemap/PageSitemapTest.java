package dev.inkstone.sitemap;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Published pages in the sitemap at their path permalink (default /{path}); drafts and noindex pages left out. */
@QuarkusTest
class PageSitemapTest {

    private static final String SITE = "https://blog.example.com";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @BeforeEach
    void configuredSite() {
        mergePatch().body("{\"url\": null}").patch("/api/v1/site").then().statusCode(200);
    }

    private static List<String> locs(String path) {
        String xml = anonymous().get(path).then().statusCode(200).extract().asString();
        List<String> locs = new ArrayList<>();
        Matcher m = LOC.matcher(xml);
        while (m.find()) {
            locs.add(m.group(1));
        }
        return locs;
    }

    @Test
    void listsPublishedPagesAtTheirPaths() {
        String about = unique("关于");
        int aboutId = asAdmin().body(Map.of("title", "关于", "slug", about, "status", "published", "markdown", "x"))
                .post("/api/v1/pages").then().statusCode(201).extract().path("id");
        String team = unique("team");
        asAdmin().body(Map.of("title", "Team", "slug", team, "status", "published", "markdown", "x",
                "parentId", aboutId)).post("/api/v1/pages").then().statusCode(201);
        String draft = unique("draft-page");
        asAdmin().body(Map.of("title", "Draft", "slug", draft, "markdown", "x")).post("/api/v1/pages").then()
                .statusCode(201);
        String hidden = unique("noindex-page");
        // Three in a row: with the test profile's two URLs a file, one whole file's worth is noindex, and the index
        // must not list a file that would then be empty (every file it lists answers 200 below).
        for (int i = 0; i < 3; i++) {
            asAdmin().body(Map.of("title", "Hidden", "slug", hidden + "-" + i, "status", "published", "markdown", "x",
                    "seo", Map.of("noindex", true))).post("/api/v1/pages").then().statusCode(201);
        }

        List<String> all = new ArrayList<>();
        for (String file : locs("/sitemap.xml")) {
            if (file.startsWith(SITE + "/sitemaps/pages-")) {
                all.addAll(locs(file.substring(SITE.length())));
            }
        }
        String encodedAbout = URLEncoder.encode(about, StandardCharsets.UTF_8);
        assertTrue(all.contains(SITE + "/" + encodedAbout), all.toString());
        assertTrue(all.contains(SITE + "/" + encodedAbout + "/" + team), all.toString());
        assertFalse(all.stream().anyMatch(loc -> loc.endsWith("/" + draft)));
        assertFalse(all.stream().anyMatch(loc -> loc.contains("/" + hidden)), "seo.noindex leaves a page out");
    }
}
