package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static dev.inkstone.search.SearchResourceTest.post;
import static dev.inkstone.search.SearchTesting.search;
import static dev.inkstone.search.SearchTesting.slugs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What search forgives, on the wire: synonyms, Traditional words, pinyin, prefixes, typos, aliases, relaxing, and the
 * suggestions. Each test files its posts under a tag of its own and searches within it.
 */
@QuarkusTest
class ForgivingSearchTest {

    @BeforeEach
    void indexReady() {
        SearchTesting.awaitIndex();
    }

    @Test
    void findsSynonymsAndTraditionalWords() {
        String tag = unique("forgive");
        String mobile = post(tag, "移动端适配指南", "响应式布局和视口。");
        String software = post(tag, "软件工程的十个教训", "需求、测试与交付。");
        post(tag, "花园日记", "春天的花。");
        assertEquals(List.of(mobile), slugs(tag, "手机适配"));
        assertEquals(List.of(software), slugs(tag, "軟體工程"));
        search(tag, "軟體工程").body("relaxed", equalTo(false));
    }

    @Test
    void findsChineseTitlesByPinyinAndInitials() {
        String tag = unique("forgive");
        String database = post(tag, "数据库索引原理", "B+ 树与页。");
        post(tag, "书法入门", "握笔与运笔。");
        for (String q : List.of("shujuku", "shu ju ku", "ShuJuKu", "sjk", "shujuk", "shujukusuoyin")) {
            assertEquals(List.of(database), slugs(tag, q), q);
        }
    }

    @Test
    void completesTheLastWordAndForgivesTypos() {
        String tag = unique("forgive");
        String elastic = post(tag, "Elasticsearch cluster tuning", "Shards and replicas.");
        String script = post(tag, "JavaScript closures explained", "Functions remember their scope.");
        assertEquals(List.of(elastic), slugs(tag, "elasticsea"));
        assertEquals(List.of(elastic), slugs(tag, "cluster elasticsea"));
        assertEquals(List.of(script), slugs(tag, "javascr"));
        assertEquals(List.of(script), slugs(tag, "javascirpt closures"));
        assertEquals(List.of(script), slugs(tag, "closures javascirpt"));
    }

    @Test
    void relaxesWhenNoPostHasEveryWordAndSaysSo() {
        String tag = unique("forgive");
        String java = post(tag, "生产环境 Java 内存泄漏排查", "堆转储和 GC 日志。");
        String other = post(tag, "Java 泛型入门", "类型擦除。");
        // Fewer than five posts have both words: those with one follow, and the answer says so.
        search(tag, "Java 内存").body("relaxed", equalTo(true)).body("items.slug", equalTo(List.of(java, other)));
        // Fillers dropped, then fewer words: the post with four of the six words first, the one with "Java" next.
        search(tag, "如何在 生产环境 排查 Java 内存 问题").body("relaxed", equalTo(true))
                .body("items.slug", equalTo(List.of(java, other)));
        search(tag, "Java 类型 鲸鱼").body("relaxed", equalTo(true)).body("items.slug", equalTo(List.of(other, java)));
        search(tag, "香蕉 菠萝").body("relaxed", equalTo(false)).body("items", hasSize(0));
    }

    @Test
    void findsPostsThroughTagAliasesInAnotherLanguage() {
        String tag = unique("forgive");
        String k8s = unique("kubernetes");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "Kubernetes");
        input.put("slug", k8s);
        long id = asAdmin().body(input).post("/api/v1/tags").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Map<String, Object> body = new LinkedHashMap<>();
        String slug = unique("search");
        body.put("title", "Rolling updates without downtime");
        body.put("slug", slug);
        body.put("status", "published");
        body.put("markdown", "Deployments, readiness probes and surge.");
        body.put("tags", List.of(tag, k8s));
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        assertEquals(List.of(), slugs(tag, "滚动更新编排"));
        asAdmin().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("aliases", List.of("滚动更新编排", "k8s")))
                .patch("/api/v1/tags/" + id).then().statusCode(200).body("aliases", equalTo(List.of("滚动更新编排",
                        "k8s")));
        assertEquals(List.of(slug), slugs(tag, "滚动更新编排"));
        assertEquals(List.of(slug), slugs(tag, "gundonggengxin"));
        asAdmin().body(Map.of("name", "x", "aliases", List.of(" "))).post("/api/v1/tags").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("aliases"));
    }

    @Test
    void suggestsTitlesAndLabelsAsTyped() {
        String tag = unique("蝾螈");
        String title = "蝾螈数据库调优" + unique("");
        post(tag, title, "正文。");
        post(tag, "蝾螈草稿不会被建议", "正文。", "draft", null, List.of());
        List<Map<String, String>> typed = suggest("蝾螈数");
        assertTrue(typed.contains(Map.of("text", title, "kind", "title")), typed.toString());
        assertTrue(suggest("rongyuan").contains(Map.of("text", title, "kind", "title")));
        assertTrue(suggest("rong yuan shu").contains(Map.of("text", title, "kind", "title")));
        assertTrue(suggest("蠑螈").contains(Map.of("text", title, "kind", "title")), "Traditional as typed");
        assertTrue(suggest("蝾螈").stream().noneMatch(s -> s.get("text").contains("草稿")), "no drafts");
        anonymous().queryParam("q", "蝾螈").queryParam("limit", 1).get("/api/v1/search/suggest").then()
                .statusCode(200).body("items", hasSize(1));
        anonymous().queryParam("q", " ").get("/api/v1/search/suggest").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        anonymous().queryParam("q", "a").queryParam("limit", 11).get("/api/v1/search/suggest").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        anonymous().queryParam("q", "zzqqxx-never-posted").get("/api/v1/search/suggest").then()
                .statusCode(200).body("items", hasSize(0));
    }

    private static List<Map<String, String>> suggest(String q) {
        return anonymous().queryParam("q", q).get("/api/v1/search/suggest").then().statusCode(200).extract()
                .jsonPath().getList("items");
    }
}
