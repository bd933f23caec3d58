package dev.inkstone.common.error;

import static dev.inkstone.common.Api.asAdmin;
import static org.awaitility.Awaitility.await;
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

    private static int killAppConnections(Config config) throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where datname = current_database() and pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
