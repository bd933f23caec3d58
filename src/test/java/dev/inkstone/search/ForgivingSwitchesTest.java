package dev.inkstone.search;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static dev.inkstone.search.SearchResourceTest.post;
import static dev.inkstone.search.SearchTesting.search;
import static dev.inkstone.search.SearchTesting.slugs;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.inkstone.common.EdgeSettingsProfile;

/**
 * With every forgiving addition switched off, the queries ForgivingSearchTest finds with them on find nothing: each
 * switch really turns its way off (each of these queries is found through one way only). The switches are in
 * {@link EdgeSettingsProfile}, whose other tests search only words as written.
 */
@QuarkusTest
@TestProfile(EdgeSettingsProfile.class)
class ForgivingSwitchesTest {

    @BeforeEach
    void indexReady() {
        SearchTesting.awaitIndex();
    }

    @Test
    void synonymsOffFindOnlyTheWordsAsWritten() {
        String tag = unique("switches");
        String generics = post(tag, "Generics in practice", "Type parameters and constraints.");
        assertEquals(List.of(), slugs(tag, "泛型"));
        assertEquals(List.of(generics), slugs(tag, "generics"));
    }

    @Test
    void pinyinOffFindsNoChineseTitleByLetters() {
        String tag = unique("switches");
        String database = post(tag, "数据库索引原理", "B+ 树与页。");
        for (String q : List.of("shujuku", "shu ju ku", "sjk", "shujuk")) {
            assertEquals(List.of(), slugs(tag, q), q);
        }
        assertEquals(List.of(database), slugs(tag, "数据库"));
    }

    @Test
    void prefixAndFuzzyOffNeedWholeWordsSpeltRight() {
        String tag = unique("switches");
        post(tag, "Elasticsearch cluster tuning", "Shards and replicas.");
        String script = post(tag, "JavaScript closures explained", "Functions remember their scope.");
        assertEquals(List.of(), slugs(tag, "elasticsea"));
        assertEquals(List.of(), slugs(tag, "javascr"));
        assertEquals(List.of(), slugs(tag, "javascirpt closures"));
        assertEquals(List.of(script), slugs(tag, "javascript closures"));
    }

    @Test
    void relaxingOffRequiresEveryWord() {
        String tag = unique("switches");
        post(tag, "生产环境 Java 内存泄漏排查", "堆转储和 GC 日志。");
        post(tag, "Java 泛型入门", "类型擦除。");
        search(tag, "Java 内存").body("relaxed", equalTo(false)).body("items.size()", equalTo(1));
        search(tag, "如何在 生产环境 排查 Java 内存 问题").body("relaxed", equalTo(false))
                .body("items.size()", equalTo(0));
    }

    @Test
    void aliasesOffAreNotIndexed() {
        String tag = unique("switches");
        String k8s = unique("kubernetes");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "Kubernetes");
        input.put("slug", k8s);
        input.put("aliases", List.of("滚动更新编排"));
        asAdmin().body(input).post("/api/v1/tags").then().statusCode(201);
        Map<String, Object> body = new LinkedHashMap<>();
        String slug = unique("search");
        body.put("title", "Rolling updates without downtime");
        body.put("slug", slug);
        body.put("status", "published");
        body.put("markdown", "Deployments, readiness probes and surge.");
        body.put("tags", List.of(tag, k8s));
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(201);
        assertEquals(List.of(), slugs(tag, "滚动更新编排"));
        assertEquals(List.of(slug), slugs(tag, "Kubernetes"));
    }
}
