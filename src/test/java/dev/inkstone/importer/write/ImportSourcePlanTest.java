package dev.inkstone.importer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.sql.SqlRecorder;

/**
 * An import's batch lookup of source keys (one query per 50 posts) is answered from the unique index by its keys on
 * both databases, not by walking every key of the import's kind: the statement Hibernate really sends is EXPLAINed.
 */
@QuarkusTest
class ImportSourcePlanTest {

    @Inject
    ImportSourceRepository sources;

    @Inject
    @PersistenceUnitExtension
    SqlRecorder recorder;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void aBatchOfKeysIsLookedUpByTheKeyIndex() throws Exception {
        List<String> keys = List.of("plan-a", "plan-b", "plan-c");
        List<String> sql = recorder.during(() -> QuarkusTransaction.requiringNew()
                .run(() -> assertTrue(sources.byKeys("wxr", keys).isEmpty())));
        // Other threads' statements (the content clock) may be recorded too.
        List<String> lookups = sql.stream().filter(query -> query.contains("from import_source")).toList();
        assertEquals(1, lookups.size(), sql.toString());
        String plan = explain(lookups.get(0), keys);
        if (dbKind.startsWith("postgres")) {
            assertFalse(plan.contains("Seq Scan"), plan);
            assertTrue(plan.contains("uq_import_source_source_key"), plan);
        } else {
            // H2 names the index and the conditions it serves in a comment; the IN list must be one of them.
            assertTrue(plan.matches("(?s).*/\\* [^*]*uq_import_source_source_key[^*]*source_key IN\\(.*"), plan);
        }
    }

    private String explain(String query, List<String> keys) throws Exception {
        try (var connection = dataSource.getConnection()) {
            if (dbKind.startsWith("postgres")) {
                try (var statement = connection.createStatement()) {
                    statement.execute("set enable_seqscan = off");
                }
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + query)) {
                explain.setString(1, "wxr");
                // Hibernate pads an IN list to a power of two with the last value.
                int parameters = (int) query.chars().filter(c -> c == '?').count();
                for (int i = 2; i <= parameters; i++) {
                    explain.setString(i, keys.get(Math.min(i - 2, keys.size() - 1)));
                }
                StringBuilder plan = new StringBuilder();
                try (var rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                if (dbKind.startsWith("postgres")) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("reset enable_seqscan"); // the connection goes back to the pool
                    }
                }
            }
        }
    }
}
