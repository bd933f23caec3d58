package dev.inkstone.post;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.sql.SqlRecorder;

/**
 * On PostgreSQL, every statement behind the list endpoints can be served by an index: each one Hibernate really
 * sends is EXPLAINed as a generic plan with sequential scans disabled, and a plan that still needs a sequential
 * scan of a content table fails the test. (H2 runs skip it: its planner says nothing about PostgreSQL.)
 */
@QuarkusTest
class PostgresIndexUsageTest {

    private static final List<String> TABLES = List.of("post", "tag", "category", "post_tag", "post_category",
            "post_revision", "post_preview");

    @Inject
    @PersistenceUnitExtension
    SqlRecorder recorder;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void listQueriesUseIndexes() throws Exception {
        Assumptions.assumeTrue(dbKind.startsWith("postgres"), "PostgreSQL only");
        String tag = unique("plan");
        String category = unique("plan-cat");
        asAdmin().body(Map.of("name", "plan", "slug", category)).post("/api/v1/categories").then().statusCode(201);
        long lastId = 0;
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "plan " + i);
            body.put("slug", unique("plan"));
            body.put("status", "published");
            body.put("markdown", "x");
            body.put("tags", List.of(tag));
            body.put("categories", List.of(category));
            lastId = asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }
        String cursor = anonymous().get("/api/v1/posts?perPage=1").then().extract().path("nextCursor");
        String reader = token("reader");
        List<String> urls = List.of(
                "/api/v1/posts", "/api/v1/posts?cursor=" + cursor, "/api/v1/posts?page=3&perPage=1",
                "/api/v1/posts?tag=" + tag, "/api/v1/posts?tag=" + tag + "&tagMatch=all",
                "/api/v1/posts?category=" + category, "/api/v1/posts?sort=title",
                "/api/v1/posts?publishedAfter=2020-01-01T00:00:00Z&include=tags,categories",
                "/api/v1/tags", "/api/v1/tags?sort=-id", "/api/v1/tags?sort=-postCount", "/api/v1/categories",
                "/api/v1/categories?sort=postCount",
                // feeds read the post list; sitemaps read posts by blocks of ids (page size 2 in tests)
                "/feeds/rss.xml", "/feeds/tag/" + tag + "/atom.xml", "/feeds/category/" + category + "/feed.json",
                "/sitemap.xml", "/sitemaps/posts-" + ((lastId - 1) / 2 + 1) + ".xml", "/sitemaps/tags-1.xml",
                "/sitemaps/categories-1.xml");
        List<String> sql = new ArrayList<>();
        for (String url : urls) {
            sql.addAll(recorder.during(() -> anonymous().get(url).then().statusCode(200)));
        }
        sql.addAll(recorder.during(() -> as(reader).get("/api/v1/posts?status=draft").then().statusCode(200)));
        sql.addAll(recorder.during(() -> as(reader).get("/api/v1/posts?status=any&sort=-updatedAt")
                .then().statusCode(200)));
        // A post's history and preview links (dev.inkstone.revision, dev.inkstone.preview).
        int revised = asAdmin().body(Map.of("title", "plan", "slug", unique("plan"), "markdown", "x"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("expiresIn", "PT1H")).post("/api/v1/posts/{id}/previews", revised).then()
                .statusCode(201);
        for (String url : List.of("/api/v1/posts/" + revised + "/revisions", "/api/v1/posts/" + revised + "/previews")) {
            sql.addAll(recorder.during(() -> asAdmin().get(url).then().statusCode(200)));
        }
        assertFalse(sql.isEmpty());

        List<String> scans = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set enable_seqscan = off");
            statement.execute("set plan_cache_mode = force_generic_plan");
            int n = 0;
            for (String query : sql.stream().distinct().toList()) {
                if (!query.stripLeading().toLowerCase().startsWith("select") || query.contains("api_token")) {
                    continue;
                }
                String name = "plan_" + n++;
                int parameters = 0;
                StringBuilder numbered = new StringBuilder();
                for (char c : query.toCharArray()) {
                    numbered.append(c == '?' ? "$" + ++parameters : String.valueOf(c));
                }
                statement.execute("prepare " + name + " as " + numbered);
                String args = parameters == 0 ? ""
                        : "(" + String.join(", ", Collections.nCopies(parameters, "null")) + ")";
                StringBuilder plan = new StringBuilder();
                try (var rs = statement.executeQuery("explain execute " + name + args)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                statement.execute("deallocate " + name);
                for (String table : TABLES) {
                    if (plan.toString().matches("(?s).*Seq Scan on " + table + "\\b.*")) {
                        scans.add(table + " in: " + query + "\n" + plan);
                    }
                }
            }
            assertTrue(n >= 10, "explained only " + n + " statements");
        }
        assertTrue(scans.isEmpty(), "sequential scans:\n" + String.join("\n", scans));
    }
}
