package dev.inkstone.feed;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** An author's feeds and the authors' sitemap files, under the test profile's site URL https://blog.example.com/. */
@QuarkusTest
class AuthorFeedTest {

    private static final Pattern LOC = Pattern.compile("<loc>https://blog\\.example\\.com(/sitemaps/authors-\\d+\\.xml)</loc>");

    /** Other tests leave a url in the site settings; these read the configured one. */
    @BeforeEach
    void configuredSite() {
        mergePatch().body("{\"url\": null, \"title\": \"\"}").patch("/api/v1/site").then().statusCode(200);
    }

    @Test
    void anAuthorHasFeedsOfTheirPostsAndIsListedInTheSitemap() {
        String slug = unique("老范");
        asAdmin().body(Map.of("name", "老范", "slug", slug)).post("/api/v1/authors").then().statusCode(201);
        String mine = unique("feed-byline");
        asAdmin().body(Map.of("title", "西湖边的下午", "slug", mine, "status", "published", "markdown", "正文",
                "authors", List.of(slug, "Jane Doe"))).post("/api/v1/posts").then().statusCode(201);
        String other = unique("feed-other");
        asAdmin().body(Map.of("title", "别人的文章", "slug", other, "status", "published", "markdown", "正文"))
                .post("/api/v1/posts").then().statusCode(201);

        String encoded = URLEncoder.encode(slug, StandardCharsets.UTF_8);
        String atom = anonymous().get("/feeds/author/{slug}/atom.xml", slug).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("atom+xml")).extract().asString();
        assertTrue(atom.contains(mine) && !atom.contains(other), atom);
        assertTrue(atom.contains("<name>老范</name>") && atom.contains("<name>Jane Doe</name>"), "both bylines");
        String rss = anonymous().get("/feeds/author/{slug}/rss.xml", slug).then().statusCode(200).extract()
                .asString();
        assertTrue(rss.contains("<dc:creator>老范</dc:creator>") && rss.contains("<dc:creator>Jane Doe</dc:creator>"),
                rss);
        assertEquals(List.of("老范", "Jane Doe"), anonymous().get("/feeds/author/{slug}/feed.json", slug).then()
                .statusCode(200).extract().jsonPath().getList("items[0].authors.name"));
        anonymous().get("/feeds/author/{slug}/rss.xml", "no-such-" + slug).then().statusCode(404)
                .contentType("application/problem+json");

        String index = anonymous().get("/sitemap.xml").then().statusCode(200).extract().asString();
        Matcher files = LOC.matcher(index);
        boolean listed = false;
        while (files.find()) {
            String file = anonymous().urlEncodingEnabled(false).get(files.group(1)).then().statusCode(200).extract().asString();
            listed |= file.contains("<loc>https://blog.example.com/authors/" + encoded + "</loc>");
        }
        assertTrue(listed, "the author's permalink is in an authors sitemap file");
    }
}
