package dev.inkstone.importer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.sql.Explain;
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
        String query = lookups.get(0);
        // The kind, then the keys; Hibernate pads an IN list to a power of two with the last value.
        List<String> parameters = new ArrayList<>(List.of("wxr"));
        for (int i = 0; i < query.chars().filter(c -> c == '?').count() - 1; i++) {
            parameters.add(keys.get(Math.min(i, keys.size() - 1)));
        }
        String plan = Explain.plan(dataSource, dbKind.startsWith("postgres"), query, parameters);
        if (dbKind.startsWith("postgres")) {
            assertFalse(plan.contains("Seq Scan"), plan);
            assertTrue(plan.contains("uq_import_source_source_key"), plan);
        } else {
            // H2 names the index and the conditions it serves in a comment; the IN list must be one of them.
            assertTrue(plan.matches("(?s).*/\\* [^*]*uq_import_source_source_key[^*]*source_key IN\\(.*"), plan);
        }
    }
}
