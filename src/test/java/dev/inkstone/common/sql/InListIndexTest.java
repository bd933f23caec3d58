package dev.inkstone.common.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The batch lookups by type and a list of ids (the webhook outbox's announced states, delta sync's old slugs) are
 * answered from an index by their ids on both databases. H2 uses an IN list only on an index's first column, so an
 * index led by the type walked every row of it (V48). The statements have the shape of OutboxRepository.announced
 * and OldSlugRepository.byResource.
 */
@QuarkusTest
class InListIndexTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void batchLookupsByTypeAndIdsUseTheirIndex() throws Exception {
        assertServed("select resource_id, state, slug, visible_at from webhook_announced "
                + "where resource_type = 'post' and resource_id in (1, 2, 3)", "pk_webhook_announced");
        assertServed("select resource_id, slug from old_slug where resource_type = 'post' "
                + "and resource_id in (1, 2, 3) order by renamed_at, slug", "ix_old_slug_resource");
    }

    private void assertServed(String query, String index) throws Exception {
        boolean postgres = dbKind.startsWith("postgres");
        String plan = Explain.plan(dataSource, postgres, query, List.of());
        if (postgres) {
            assertFalse(plan.contains("Seq Scan"), plan);
        } else {
            // H2 names the index it uses (its primary key as PRIMARY_KEY_n) and the conditions it serves.
            String used = index.startsWith("pk_") ? "PRIMARY_KEY_\\w+" : index;
            assertTrue(plan.matches("(?s).*/\\* public\\." + used + ": resource_id IN\\(.*"), plan);
        }
    }
}
