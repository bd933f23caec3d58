package dev.inkstone.common.error;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The database drops every connection of the app (pg_terminate_backend, as a failover or a restart does): the
 * requests that meet a dead connection get 503 problem+json with Retry-After, never 500, and the service recovers
 * by itself. PostgreSQL only: the embedded H2 cannot lose its connections.
 */
@QuarkusTest
class ConnectionsKilledTest {

    @Test
    void requestsOnKilledConnectionsAre503AndTheServiceRecovers() throws SQLException {
        Config config = ConfigProvider.getConfig();
        assumeTrue("postgresql".equals(config.getValue("quarkus.datasource.db-kind", String.class)),
                "the embedded H2 has no connections to kill; this runs on PostgreSQL");
        // Warm the pool so that it holds idle connections to kill.
        for (int i = 0; i < 5; i++) {
            asAdmin().get("/api/v1/posts?perPage=1&status=any").then().statusCode(200);
        }
        int killed = killAppConnections(config);
        assertTrue(killed > 0, "the app held connections");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Response response = asAdmin().get("/api/v1/posts?perPage=1&status=any");
            statuses.add(response.statusCode());
            if (response.statusCode() == 503) {
                assertEquals("application/problem+json", response.contentType());
                assertEquals("/problems/database-unavailable", response.path("type"));
                assertNotNull(response.header("Retry-After"));
            }
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 503), "only 200 or 503: " + statuses);
        await("the service to recover").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> asAdmin().get("/api/v1/posts?perPage=1&status=any").statusCode() == 200);
    }

    @Test
    void cachedPublicAnswersAreServedWhileTheDatabaseIsAway() throws SQLException {
        Config config = ConfigProvider.getConfig();
        assumeTrue("postgresql".equals(config.getValue("quarkus.datasource.db-kind", String.class)),
                "the embedded H2 cannot be taken away; this runs on PostgreSQL");
        String slug = unique("outage");
        asAdmin().body(Map.of("title", "停电", "slug", slug, "status", "published", "markdown", "缓存里的文章"))
                .post("/api/v1/posts").then().statusCode(201);
        String etag = anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200)
                .extract().header("ETag");
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("[?;].*", "");
        try {
            // New connections are refused, then the open ones are dropped: the database is away for the app.
            admin(config, "alter database " + database + " with allow_connections false");
            admin(config, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200).header("ETag", etag)
                    .header("Cache-Control", containsString("stale-if-error")).body("slug", equalTo(slug));
            anonymous().header("If-None-Match", etag).get("/api/v1/posts/slug/{slug}", slug).then().statusCode(304);
            // Nothing kept for it, or not public: the outage shows.
            asAdmin().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue());
        } finally {
            admin(config, "alter database " + database + " with allow_connections true");
        }
        await("the service to recover").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> asAdmin().get("/api/v1/posts/slug/{slug}", slug).statusCode() == 200);
    }

    /** Runs a statement from the maintenance database, which stays reachable while the app's is closed. */
    private static void admin(Config config, String sql) throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection connection = DriverManager.getConnection(maintenance, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int killAppConnections(Config config) throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(pg_terminate_backend(pid)) "
                        + "from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
