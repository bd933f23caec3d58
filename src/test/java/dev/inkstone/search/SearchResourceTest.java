package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dev.inkstone.common.time.TestClock;

/**
 * GET /api/v1/search on the wire. Other tests share the database, so each test files its posts under a tag of its
 * own and searches within it.
 */
@QuarkusTest
class SearchResourceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void indexReady() throws InterruptedException {
        SearchTesting.awaitIndex();
    }

    /** Creates a post under the tag and returns its slug. */
    static String post(String tag, String title, String markdown, String status, Instant publishedAt,
            List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        String slug = unique("search");
        body.put("title", title);
        body.put("slug", slug);
        body.put("status", status);
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt.toString());
        }
        body.put("markdown", markdown);
        body.put("tags", List.of(tag));
        body.put("categories", categories);
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        return slug;
    }

    static String post(String tag, String title, String markdown) {
        return post(tag, title, markdown, "published", null, List.of());
    }

    private static ValidatableResponse search(String tag, String q) {
        return anonymous().queryParam("q", q).queryParam("tag", tag).get("/api/v1/search").then();
    }

    private static List<String> slugs(String tag, String q) {
        return search(tag, q).statusCode(200).extract().jsonPath().getList("items.slug");
    }

    private static String tag() {
        return unique("search-tag");
    }

    @Test
    void findsChineseWordsInsideLongerWordsWithoutSpaces() {
        String tag = tag();
        String hit = post(tag, "中国顶尖大脑闭门承认：算力差距高达百倍", "会上谈到芯片和人才。");
        post(tag, "春天的花园", "花园里开满了花。");
        search(tag, "算力").statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.slug", contains(hit))
                .body("items[0].highlights.title", equalTo("中国顶尖大脑闭门承认：<mark>算力</mark>差距高达百倍"))
                .body("items[0].tags[0].slug", equalTo(tag))
                .body("items[0].score", org.hamcrest.Matchers.greaterThan(0f));
    }

    @Test
    void ranksTheWholeTermAbovePostsThatShareOnlyAWord() {
        String tag = tag();
        String other = post(tag, "机器学习笔记", "学习率、学习曲线和持续学习：学习的各种说法。");
        String whole = post(tag, "如何培养孩子的自主学习能力", "自主学习需要目标和反馈。");
        assertEquals(List.of(whole, other), slugs(tag, "自主学习"));
    }

    @Test
    void answersMixedChineseAndEnglishQueriesRequiringEveryPart() {
        String tag = tag();
        String both = post(tag, "DeepSeek 发布新模型", "新模型在推理上进步明显。");
        String english = post(tag, "DeepSeek funding", "DeepSeek raised no money.");
        String chinese = post(tag, "天气模型", "数值天气预报模型。");
        String body = post(tag, "周报", "本周 deepseek 开源了一个模型。");
        // Posts matching every part come first; with fewer than five of them, the search relaxes and says so (see
        // ForgivingSearchTest), so posts matching one part follow.
        assertEquals(List.of(both, body), slugs(tag, "DeepSeek 模型").subList(0, 2));
        search(tag, "DeepSeek 模型").body("relaxed", equalTo(true));
        assertEquals(english, slugs(tag, "deepseek money").get(0), "the post with both parts first");
        assertEquals(chinese, slugs(tag, "天气 模型").get(0));
        assertEquals(List.of(both), slugs(tag, "\"DeepSeek 发布\""));
    }

    @Test
    void stemsEnglishWords() {
        String tag = tag();
        String running = post(tag, "Running databases in production", "Operators ran migrations nightly.");
        assertEquals(List.of(running), slugs(tag, "run database"));
        assertEquals(List.of(running), slugs(tag, "migration"));
    }

    @Test
    void foldsTraditionalAndSimplifiedChinese() {
        String tag = tag();
        String simplified = post(tag, "学习笔记", "关于机器学习的笔记。");
        String traditional = post(tag, "讀書心得", "關於機器學習的筆記。");
        List<String> fromTraditional = slugs(tag, "學習");
        List<String> fromSimplified = slugs(tag, "机器学习");
        assertTrue(fromTraditional.containsAll(List.of(simplified, traditional)), fromTraditional.toString());
        assertTrue(fromSimplified.containsAll(List.of(simplified, traditional)), fromSimplified.toString());
        search(tag, "机器学习").body("items.find { it.slug == '" + traditional + "' }.highlights.body",
                containsString("<mark>機器學習</mark>"));
    }

    @Test
    void quotedPhrasesMatchOnlyAsWritten() {
        String tag = tag();
        String phrase = post(tag, "报告", "两国的算力差距很大。");
        String apart = post(tag, "另一份报告", "算力很重要，但差距在人才。");
        assertEquals(2, slugs(tag, "算力 差距").size());
        assertEquals(List.of(phrase), slugs(tag, "\"算力差距\""));
        assertTrue(slugs(tag, "算力 差距").contains(apart));
    }

    @Test
    void weighsTitleAndTagsAboveBody() {
        String tag = tag();
        String body = post(tag, "周末随笔", "顺便提一句量子计算。今天天气很好，我们去公园散步，看了很多树。");
        String title = post(tag, "量子计算入门", "今天天气很好，我们去公园散步，看了很多树，也聊了聊别的。");
        assertEquals(List.of(title, body), slugs(tag, "量子计算"));
    }

    @Test
    void findsOneCharacterQueries() {
        String tag = tag();
        String fish = post(tag, "钓鱼", "湖边钓到一条鱼。");
        assertEquals(List.of(fish), slugs(tag, "鱼"));
    }

    @Test
    void refusesEmptyAndOverlongQueriesAndFindsNothingForPunctuation() {
        String tag = tag();
        post(tag, "标点", "！？。");
        for (String q : new String[] { "", "   " }) {
            search(tag, q).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("q"));
        }
        anonymous().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        search(tag, "算".repeat(101)).statusCode(400).body("errors[0].field", equalTo("q"))
                .body("detail", containsString("100"));
        search(tag, "算力".repeat(50)).statusCode(200);
        search(tag, "a b c d e f g h i j k l m n o p q").statusCode(400).body("errors[0].field", equalTo("q"));
        for (String q : new String[] { "！？。", "\"\"", "...", "*", "(", "AND", "C++", "\\" }) {
            search(tag, q).statusCode(200);
        }
        search(tag, "！？。").header("X-Total-Count", "0").body("items", empty());
    }

    @Test
    void escapesTheSnippetAndMarksOnlyMatches() {
        String tag = tag();
        post(tag, "Tags <b>in</b> titles", "Write `<script>alert(1)</script>` only as code, about widgets & gadgets.");
        JsonPath hit = search(tag, "widgets script").statusCode(200).extract().jsonPath();
        String body = hit.getString("items[0].highlights.body");
        String title = hit.getString("items[0].highlights.title");
        assertTrue(body.contains("<mark>widgets</mark>"), body);
        assertTrue(body.contains("&lt;<mark>script</mark>&gt;"), body);
        assertTrue(!body.replace("<mark>", "").replace("</mark>", "").contains("<"), body);
        assertEquals("Tags &lt;b&gt;in&lt;&#x2F;b&gt; titles", title);
    }

    @Test
    void findsDraftsAndScheduledPostsOnlyWithATokenAndAsked() {
        String tag = tag();
        String draft = post(tag, "草稿里的星空", "星空", "draft", null, List.of());
        String scheduled = post(tag, "明年的星空", "星空", "scheduled", clock.instant().plusSeconds(86_400), List.of());
        String published = post(tag, "今晚的星空", "星空");
        assertEquals(List.of(published), slugs(tag, "星空"));
        anonymous().queryParam("q", "星空").queryParam("status", "draft").get("/api/v1/search").then()
                .statusCode(401);
        String reader = token("reader");
        as(reader).queryParam("q", "星空").queryParam("tag", tag).queryParam("status", "draft")
                .get("/api/v1/search").then().statusCode(200).body("items.slug", contains(draft));
        as(reader).queryParam("q", "星空").queryParam("tag", tag).queryParam("status", "scheduled")
                .get("/api/v1/search").then().statusCode(200).body("items.slug", contains(scheduled));
        as(reader).queryParam("q", "星空").queryParam("tag", tag).queryParam("status", "any")
                .get("/api/v1/search").then().statusCode(200).body("items", hasSize(3));
        anonymous().queryParam("q", "星空").queryParam("status", "sometimes").get("/api/v1/search").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void showsAScheduledPostOnceItsTimeComesWithoutAWrite() {
        String tag = tag();
        String soon = post(tag, "即将发布的彗星", "彗星", "scheduled", clock.instant().plusSeconds(30), List.of());
        // Only a scheduled post carries the tag: to anonymous readers it does not exist yet.
        search(tag, "彗星").statusCode(400).body("errors[0].field", equalTo("tag"));
        clock.advance(Duration.ofSeconds(31));
        assertEquals(List.of(soon), slugs(tag, "彗星"));
    }

    @Test
    void followsEditsDeletionsAndTagRenames() {
        String tag = tag();
        String slug = post(tag, "旧标题：海豚", "海豚在游泳。");
        long id = asAdmin().get("/api/v1/posts/slug/" + slug).then().extract().jsonPath().getLong("id");
        asAdmin().contentType("application/merge-patch+json; charset=UTF-8").body("{\"title\": \"新标题：鲸鱼\"}")
                .patch("/api/v1/posts/" + id).then().statusCode(200);
        assertEquals(List.of(slug), slugs(tag, "鲸鱼"));
        search(tag, "海豚").body("items[0].highlights.title", equalTo("新标题：鲸鱼"));

        long tagId = asAdmin().get("/api/v1/tags/slug/" + tag).then().extract().jsonPath().getLong("id");
        String name = unique("珊瑚礁");
        asAdmin().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"name\": \"" + name + "\"}").patch("/api/v1/tags/" + tagId).then().statusCode(200);
        search(tag, name).statusCode(200).body("items.slug", contains(slug))
                .body("items[0].tags[0].name", equalTo(name));

        asAdmin().delete("/api/v1/posts/" + id).then().statusCode(204);
        assertEquals(List.of(), as(token("reader")).queryParam("q", "鲸鱼").queryParam("tag", tag)
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("items"));
        // Its only post is gone: to anonymous readers the tag no longer exists.
        search(tag, "鲸鱼").statusCode(400).body("errors[0].field", equalTo("tag"));
    }

    @Test
    void filtersByCategorySubtreeAndPublicationDates() {
        String tag = tag();
        String root = unique("search-root");
        String child = unique("search-child");
        long rootId = asAdmin().body(Map.of("name", root, "slug", root)).post("/api/v1/categories").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of("name", child, "slug", child, "parentId", rootId)).post("/api/v1/categories").then()
                .statusCode(201);
        Instant base = Instant.parse("2024-03-01T00:00:00Z");
        String old = post(tag, "火山 一", "火山", "published", base, List.of(child));
        String recent = post(tag, "火山 二", "火山", "published", base.plusSeconds(86_400), List.of());
        anonymous().queryParam("q", "火山").queryParam("category", root).get("/api/v1/search").then()
                .statusCode(200).body("items.slug", contains(old));
        anonymous().queryParam("q", "火山").queryParam("tag", tag).queryParam("publishedAfter", base.toString())
                .get("/api/v1/search").then().statusCode(200).body("items.slug", contains(recent));
        anonymous().queryParam("q", "火山").queryParam("tag", tag)
                .queryParam("publishedBefore", base.plusSeconds(1).toString())
                .get("/api/v1/search").then().statusCode(200).body("items.slug", contains(old))
                .body("items[0].publishedAt", equalTo("2024-03-01T00:00:00Z"));
        anonymous().queryParam("q", "火山").queryParam("publishedAfter", "yesterday").get("/api/v1/search").then()
                .statusCode(400).body("errors[0].field", equalTo("publishedAfter"));
        anonymous().queryParam("q", "火山").queryParam("tag", unique("no-such-tag")).get("/api/v1/search").then()
                .statusCode(400).body("errors[0].field", equalTo("tag"));
        anonymous().queryParam("q", "火山").queryParam("category", unique("no-such")).get("/api/v1/search").then()
                .statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void pagesByNumberAndByCursorWithHeaders() {
        String tag = tag();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(post(tag, "沙漠 " + i, "沙漠".repeat(i + 1)));
        }
        anonymous().queryParam("q", "沙漠").queryParam("tag", tag).queryParam("perPage", 2).queryParam("page", 3)
                .get("/api/v1/search").then().statusCode(200)
                .header("X-Total-Count", "5")
                .header("Link", containsString("rel=\"first\""))
                .body("items", hasSize(1)).body("page.number", equalTo(3)).body("page.totalPages", equalTo(3));
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParam("q", "沙漠").queryParam("tag", tag).queryParam("perPage", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(5, walked.size());
        assertTrue(walked.containsAll(all), walked.toString());
        assertEquals(slugs(tag, "沙漠"), walked);
        anonymous().queryParam("q", "沙漠").queryParam("perPage", 101).get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", equalTo("perPage"));
        anonymous().queryParam("q", "沙漠").queryParam("perPage", 100).queryParam("page", 101)
                .get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("page"));
        anonymous().queryParam("q", "沙漠").queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/search").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void answersWithAnETagAndPublicCaching() {
        String tag = tag();
        post(tag, "冰川", "冰川");
        String etag = search(tag, "冰川").statusCode(200).header("Cache-Control", containsString("public"))
                .extract().header("ETag");
        anonymous().header("If-None-Match", etag).queryParam("q", "冰川").queryParam("tag", tag)
                .get("/api/v1/search").then().statusCode(304);
        search(tag, "冰川").body("items[0].highlights.body", not(equalTo(null)));
    }
}
