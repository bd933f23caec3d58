package dev.inkstone.feed;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import dev.inkstone.common.time.TestClock;

/**
 * Feeds over HTTP, read back with ROME (RSS, Atom) and as JSON Feed 1.1: what they list, how links are made
 * absolute, escaping, caching, and the errors they share with the JSON API.
 */
@QuarkusTest
class FeedResourceTest {

    private static final String SITE = "https://blog.example.com";
    private static final String MARKDOWN = """
            茶与所有权 <b>&</b> 更多。

            ![西湖](/media/abc123/w640.jpg)

            [另一篇](/posts/another) · [a section](#part) · [outside](https://example.org/x)

            <img src="/media/abc123/w320.jpg">

            <script>alert(1)</script>
            """;

    @Inject
    TestClock clock;

    private record Term(String slug, String name) {
    }

    /** Other tests leave a url and title in the site settings; these read the configured INKSTONE_SITE_URL. */
    @BeforeEach
    void configuredSite() {
        mergePatch().body("{\"url\": null, \"title\": \"\"}").patch("/api/v1/site").then().statusCode(200);
    }

    @Test
    void theSiteSettingsUrlAndTitleTakeThePlaceOfTheConfiguredOnes() throws Exception {
        String slug = post("西湖的午后", "published", null, List.of(), List.of());
        mergePatch().body(Map.of("url", "https://laofan.example.cn/", "title", "老范的博客")).patch("/api/v1/site")
                .then().statusCode(200);
        try {
            SyndFeed feed = parse(get("/feeds/rss.xml"));
            assertEquals("老范的博客", feed.getTitle());
            assertEquals("https://laofan.example.cn/", feed.getLink());
            assertEquals("https://laofan.example.cn/posts/" + slug, feed.getEntries().get(0).getLink());
        } finally {
            configuredSite();
        }
        assertEquals(SITE + "/posts/" + slug, parse(get("/feeds/rss.xml")).getEntries().get(0).getLink());
    }

    private static Term tag(String name) {
        String slug = unique("feed-tag");
        asAdmin().body(Map.of("name", name + " " + slug, "slug", slug)).post("/api/v1/tags").then().statusCode(201);
        return new Term(slug, name + " " + slug);
    }

    private static Term category(String name, Integer parentId) {
        String slug = unique("feed-cat");
        Map<String, Object> body = new HashMap<>(Map.of("name", name + " " + slug, "slug", slug));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        asAdmin().body(body).post("/api/v1/categories").then().statusCode(201);
        return new Term(slug, name + " " + slug);
    }

    private static String post(String title, String status, Instant publishedAt, List<String> tags,
            List<String> categories) {
        String slug = unique("feed-post");
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "slug", slug, "status", status,
                "markdown", MARKDOWN, "tags", tags, "categories", categories, "author", "老范"));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt.toString());
        }
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        return slug;
    }

    private static SyndFeed parse(Response response) throws Exception {
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.asByteArray())));
    }

    private static Response get(String path) {
        return anonymous().get(path).then().statusCode(200).extract().response();
    }

    @Test
    void tagFeedsReadBackWithRomeInRssAndAtomWithChineseTitlesAndAbsoluteLinks() throws Exception {
        Term tag = tag("机器学习");
        Term category = category("中国故事", null);
        String title = "中国顶尖大脑 & <算力> \"差距\"";
        String slug = post(title, "published", null, List.of(tag.slug()), List.of(category.slug()));

        for (String file : List.of("rss.xml", "atom.xml")) {
            Response response = get("/feeds/tag/" + tag.slug() + "/" + file);
            assertEquals(file.equals("rss.xml") ? "application/rss+xml" : "application/atom+xml",
                    response.contentType().split(";")[0]);
            SyndFeed feed = parse(response);
            assertTrue(feed.getTitle().contains(tag.name()), feed.getTitle());
            assertEquals(1, feed.getEntries().size());
            SyndEntry entry = feed.getEntries().get(0);
            assertEquals(title, entry.getTitle());
            assertEquals(SITE + "/posts/" + slug, entry.getLink());
            assertEquals(List.of(tag.name(), category.name()),
                    entry.getCategories().stream().map(SyndCategory::getName).toList());
            String html = entry.getContents().get(0).getValue();
            assertTrue(html.contains("src=\"" + SITE + "/media/abc123/w640.jpg\""), html);
            assertTrue(html.contains("href=\"" + SITE + "/posts/another\""), html);
            assertTrue(html.contains("href=\"" + SITE + "/posts/" + slug + "#part\""), html);
            assertTrue(html.contains("href=\"https://example.org/x\""), html);
            assertTrue(html.contains("src=\"" + SITE + "/media/abc123/w320.jpg\""), html);
            assertTrue(!html.contains("<script") && !html.contains("alert(1)"), "sanitized: " + html);
            assertTrue(response.asString().contains("中国顶尖大脑 &amp; &lt;算力&gt;"), "escaped, not mangled");
        }
    }

    @Test
    void jsonFeedHasTheRequiredFieldsOfVersion11() {
        Term tag = tag("JSON Feed");
        String slug = post("Tea & ownership", "published", null, List.of(tag.slug()), List.of());
        Response response = get("/feeds/tag/" + tag.slug() + "/feed.json");
        assertEquals("application/feed+json", response.contentType().split(";")[0]);
        JsonPath feed = response.jsonPath();
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertTrue(feed.getString("title").contains(tag.name()));
        assertEquals(SITE + "/tags/" + tag.slug(), feed.getString("home_page_url"));
        assertEquals(SITE + "/feeds/tag/" + tag.slug() + "/feed.json", feed.getString("feed_url"));
        assertEquals(SITE + "/posts/" + slug, feed.getString("items[0].id"));
        assertEquals(SITE + "/posts/" + slug, feed.getString("items[0].url"));
        assertEquals("Tea & ownership", feed.getString("items[0].title"));
        assertTrue(feed.getString("items[0].content_html").contains(SITE + "/media/abc123/w640.jpg"));
        assertEquals(List.of(tag.name()), feed.getList("items[0].tags"));
        assertEquals("老范", feed.getString("items[0].authors[0].name"));
        Instant.parse(feed.getString("items[0].date_published"));
    }

    @Test
    void draftsNeverAppearAndAScheduledPostAppearsWhenItsTimeComes() throws Exception {
        Term tag = tag("定时");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String published = post("已发表", "published", now.minusSeconds(60), List.of(tag.slug()), List.of());
        post("草稿", "draft", null, List.of(tag.slug()), List.of());
        String scheduled = post("定时发表", "published", now.plus(Duration.ofHours(1)), List.of(tag.slug()),
                List.of());
        String path = "/feeds/tag/" + tag.slug() + "/atom.xml";
        Response before = get(path);
        assertEquals(List.of(SITE + "/posts/" + published),
                parse(before).getEntries().stream().map(SyndEntry::getLink).toList());

        clock.advance(Duration.ofHours(2));
        Response after = get(path);
        assertEquals(List.of(SITE + "/posts/" + scheduled, SITE + "/posts/" + published),
                parse(after).getEntries().stream().map(SyndEntry::getLink).toList());
        assertNotEquals(before.header("ETag"), after.header("ETag"));
    }

    @Test
    void answersCarryAnETagA304AndTheListsPublicCaching() {
        Term tag = tag("缓存");
        post("缓存测试", "published", null, List.of(tag.slug()), List.of());
        for (String file : List.of("rss.xml", "atom.xml", "feed.json")) {
            String path = "/feeds/tag/" + tag.slug() + "/" + file;
            Response first = get(path);
            String etag = first.header("ETag");
            assertTrue(etag != null && etag.startsWith("\""), file + ": " + etag);
            assertEquals("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400",
                    first.header("Cache-Control"));
            anonymous().header("If-None-Match", etag).get(path).then().statusCode(304)
                    .header("ETag", etag).header("Cache-Control", startsWith("public"));
            // The second answer comes from the response cache: the same bytes and validator.
            Response again = get(path);
            assertEquals(etag, again.header("ETag"));
            assertEquals(first.asString(), again.asString());
        }
    }

    @Test
    void limitDefaultsTo20AndOver100IsAProblemNamingIt() {
        Term tag = tag("上限");
        for (int i = 0; i < 21; i++) {
            post("第 " + i + " 篇", "published", null, List.of(tag.slug()), List.of());
        }
        String path = "/feeds/tag/" + tag.slug() + "/feed.json";
        assertEquals(20, get(path).jsonPath().getList("items").size());
        assertEquals(21, get(path + "?limit=100").jsonPath().getList("items").size());
        assertEquals(2, get(path + "?limit=2").jsonPath().getList("items").size());
        for (String bad : List.of("101", "0", "lots")) {
            anonymous().get(path + "?limit=" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
        anonymous().get(path + "?limt=5").then().statusCode(400).body("errors[0].field", equalTo("limt"));
    }

    @Test
    void unknownAndHiddenTagsAndCategoriesAre404LikeTheJsonApi() {
        Term hiddenTag = tag("草稿标签");
        Term hiddenCategory = category("草稿分类", null);
        post("只有草稿", "draft", null, List.of(hiddenTag.slug()), List.of(hiddenCategory.slug()));
        for (String path : List.of("/feeds/tag/" + hiddenTag.slug() + "/rss.xml",
                "/feeds/category/" + hiddenCategory.slug() + "/atom.xml",
                "/feeds/tag/" + unique("no-such-tag") + "/feed.json",
                "/feeds/category/" + unique("no-such-category") + "/rss.xml",
                "/feeds/tag/x/index.html", "/feeds/rss.json")) {
            anonymous().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void aCategoryFeedCoversItsSubtreeAndChineseSlugsArePercentEncoded() throws Exception {
        Term parent = category("中国故事", null);
        int parentId = asAdmin().get("/api/v1/categories/slug/{slug}", parent.slug()).then().statusCode(200)
                .extract().path("id");
        Term child = category("商业", parentId);
        String chinese = unique("西湖");
        asAdmin().body(Map.of("name", "西湖", "slug", chinese)).post("/api/v1/tags").then().statusCode(201);
        String slug = post("西湖的春天", "published", null, List.of(chinese), List.of(child.slug()));

        SyndFeed feed = parse(get("/feeds/category/" + parent.slug() + "/rss.xml"));
        assertEquals(List.of(SITE + "/posts/" + slug), feed.getEntries().stream().map(SyndEntry::getLink).toList());
        assertTrue(feed.getTitle().endsWith(" · " + parent.name()), feed.getTitle());

        JsonPath tagFeed = anonymous().get("/feeds/tag/{slug}/feed.json", chinese).then().statusCode(200).extract()
                .jsonPath();
        String encoded = URLEncoder.encode(chinese, StandardCharsets.UTF_8);
        assertEquals(SITE + "/tags/" + encoded, tagFeed.getString("home_page_url"));
        assertEquals(SITE + "/feeds/tag/" + encoded + "/feed.json", tagFeed.getString("feed_url"));
    }

    @Test
    void theSiteFeedListsTheNewestPublishedPosts() throws Exception {
        String slug = post("全站最新 " + unique("site"), "published", clock.instant().plusSeconds(1), List.of(),
                List.of());
        clock.advance(Duration.ofSeconds(2));
        SyndFeed feed = parse(get("/feeds/rss.xml?limit=5"));
        assertEquals(SITE + "/posts/" + slug, feed.getEntries().get(0).getLink());
        assertEquals(SITE + "/", feed.getLink());
        assertTrue(feed.getEntries().size() <= 5);
    }
}
