package dev.inkstone.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A PostgreSQL database of a test's own, on the server the suite runs against, dropped on close. Packaged instances
 * create their admin token only in an empty database (the suite's already holds tokens), and what they write stays
 * out of the suite's data.
 */
final class OwnPostgresDatabase implements AutoCloseable {

    private final String server = System.getenv().getOrDefault("INKSTONE_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/inkstone_test");
    private final String user = System.getenv().getOrDefault("INKSTONE_DB_USER", "postgres");
    private final String password = System.getenv().getOrDefault("INKSTONE_DB_PASSWORD", "");
    private final String name;

    OwnPostgresDatabase(String prefix) throws SQLException {
        this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("create database " + name);
    }

    /** The INKSTONE_DB_* variables that point a packaged instance at this database. */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("INKSTONE_DB_URL", server.replaceFirst("/[^/?;]+(?=[?;]|$)", "/" + name));
        env.put("INKSTONE_DB_USER", user);
        env.put("INKSTONE_DB_PASSWORD", password);
        return env;
    }

    @Override
    public void close() throws SQLException {
        sql("drop database if exists " + name + " with (force)");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
