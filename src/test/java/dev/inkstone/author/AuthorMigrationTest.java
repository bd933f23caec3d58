package dev.inkstone.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;

/**
 * V34 moves the free-text post.author into author records. Migrates an empty database to V33, writes posts with
 * string authors as the app before V34 did, migrates to the latest version and reads what V34 made. On H2 always (an
 * in-memory database of its own); on PostgreSQL when the suite runs there (INKSTONE_DB_KIND=postgresql), in a schema
 * of its own inside INKSTONE_DB_URL's database, dropped afterwards.
 */
class AuthorMigrationTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2026, 1, 13, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void movesStringAuthorsIntoAuthorRecordsOnH2() throws SQLException {
        String url = "jdbc:h2:mem:author-migration-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        migrateAndCheck(url, "sa", "", null);
    }

    @Test
    void movesStringAuthorsIntoAuthorRecordsOnPostgreSql() throws SQLException {
        if (!"postgresql".equals(System.getenv("INKSTONE_DB_KIND"))) {
            System.out.println("AuthorMigrationTest: skipped on PostgreSQL: INKSTONE_DB_KIND is not postgresql");
            return;
        }
        String url = System.getenv().getOrDefault("INKSTONE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/inkstone_test");
        String user = System.getenv().getOrDefault("INKSTONE_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("INKSTONE_DB_PASSWORD", "");
        String schema = "author_migration_" + Long.toString(System.nanoTime(), 36);
        try {
            migrateAndCheck(url, user, password, schema);
        } finally {
            try (Connection db = DriverManager.getConnection(url, user, password);
                    Statement drop = db.createStatement()) {
                drop.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void migrateAndCheck(String url, String user, String password, String schema)
            throws SQLException {
        var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        // The posts go in on Flyway's own connection, right after V33: on H2 2.4 a new connection fails to evaluate
        // the check constraints of an in-memory database another connection made ("Check constraint invalid").
        config.target("33").callbacks(new BaseCallback() {
            @Override
            public void handle(Event event, Context context) {
                if (event == Event.AFTER_MIGRATE) {
                    try {
                        insertPosts(context.getConnection());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }).load().migrate();
        Flyway.configure().configuration(config).callbacks(new org.flywaydb.core.api.callback.Callback[0]).target("latest").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            use(db, schema);
            Map<String, String> slugByName = new LinkedHashMap<>();
            Map<String, OffsetDateTime> createdByName = new LinkedHashMap<>();
            try (Statement select = db.createStatement(); ResultSet rows = select.executeQuery(
                    "select name, slug, version, created_at from author order by id")) {
                while (rows.next()) {
                    slugByName.put(rows.getString(1), rows.getString(2));
                    assertEquals(1, rows.getLong(3));
                    createdByName.put(rows.getString(1), rows.getObject(4, OffsetDateTime.class));
                }
            }
            assertEquals(4, slugByName.size(), "one author per distinct trimmed name: " + slugByName);
            assertEquals("老范", slugByName.get("老范"));
            assertEquals(T.toInstant(), createdByName.get("老范").toInstant(), "the first post's creation");
            assertEquals(T.plusDays(1).toInstant(), createdByName.get("Jane Doe").toInstant());
            assertEquals("jane-doe", slugByName.get("Jane Doe"));
            assertEquals("jane-doe-2", slugByName.get("jane doe"), "a slug two names share is numbered");
            assertTrue(slugByName.get("★☆").startsWith("author-"), "a name without letters falls back");
            assertEquals(List.of("老范"), bylineOf(db, 1));
            assertEquals(List.of("老范"), bylineOf(db, 3));
            assertEquals(List.of("Jane Doe"), bylineOf(db, 2));
            assertEquals(List.of("jane doe"), bylineOf(db, 4));
            assertEquals(List.of(), bylineOf(db, 5));
            assertEquals(List.of(), bylineOf(db, 6));
            try (ResultSet columns = db.getMetaData().getColumns(null, schema, "post", "author")) {
                assertFalse(columns.next(), "post.author is dropped");
            }
            // The sequence stays ahead of the ids V34 took.
            try (Statement next = db.createStatement(); ResultSet id = next.executeQuery(
                    "select nextval('author_seq')")) {
                id.next();
                assertTrue(id.getLong(1) > 4);
            }
        }
    }

    private static void insertPosts(Connection db) throws SQLException {
        insertPost(db, 1, "laofan-1", "老范");
        insertPost(db, 2, "jane-1", "Jane Doe");
        insertPost(db, 3, "laofan-2", "  老范 ");
        insertPost(db, 4, "jane-2", "jane doe");
        insertPost(db, 5, "nobody", null);
        insertPost(db, 6, "blank", "   ");
        insertPost(db, 7, "symbols", "★☆");
    }

    private static void use(Connection db, String schema) throws SQLException {
        if (schema != null) {
            db.setSchema(schema);
        }
    }

    private static void insertPost(Connection db, long id, String slug, String author) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into post (id, slug, title, status, published_at, "
                + "visible_at, created_at, updated_at, markdown, html, excerpt, word_count, reading_minutes, version, "
                + "author) values (?, ?, ?, 'published', ?, ?, ?, ?, 'x', '<p>x</p>', 'x', 1, 1, 1, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, slug);
            insert.setString(3, slug);
            for (int i = 4; i <= 7; i++) {
                insert.setObject(i, T.plusDays(id - 1));
            }
            insert.setString(8, author);
            insert.executeUpdate();
        }
    }

    private static List<String> bylineOf(Connection db, long postId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select a.name from post_author pa join author a "
                + "on a.id = pa.author_id where pa.post_id = ? order by pa.position")) {
            select.setLong(1, postId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
