package dev.inkstone.common;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The base of every test profile. A profile restarts Quarkus inside the test JVM, and on the shared in-memory H2
 * database H2 (2.4.240) then fails to evaluate check constraints added by ALTER TABLE through the new connection pool
 * ("Check constraint invalid", e.g. ck_import_job_status from V13, as soon as startup updates a row). So on H2 each
 * profile gets an in-memory database of its own, named after it, which migrates anew; PostgreSQL runs (INKSTONE_DB_URL)
 * keep their one database, where the problem does not exist.
 */
public abstract class OwnDatabaseProfile implements QuarkusTestProfile {

    @Override
    public final Map<String, String> getConfigOverrides() {
        Map<String, String> all = new HashMap<>(overrides());
        all.put("inkstone.test-db-url.h2", "jdbc:h2:mem:" + database()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return all;
    }

    /** The profile's own settings. */
    protected Map<String, String> overrides() {
        return Map.of();
    }

    /** The H2 database's name: one per profile class. */
    protected String database() {
        return getClass().getName().replace('.', '-').replace('$', '-');
    }
}
