package dev.inkstone.image;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The image API on the S3 storage, against S3Proxy: a real S3 server speaking the wire protocol, not a mock. */
@QuarkusTest
@TestProfile(S3ImageResourceTest.OnS3.class)
class S3ImageResourceTest extends ImageApiContract {

    /** Switches the storage to S3 at the proxy started for this profile. */
    public static class OnS3 implements QuarkusTestProfile {

        /**
         * On H2, a database of its own: this profile restarts Quarkus inside the test JVM, and H2 (2.4.240) then
         * fails to evaluate a check constraint added by ALTER TABLE on the shared in-memory database through the new
         * connection pool ("Check constraint invalid", ck_change_log_resource_type from V8). A fresh database
         * migrates anew; PostgreSQL runs (INKSTONE_DB_URL) keep their one database.
         */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("inkstone.test-db-url.h2", "jdbc:h2:mem:inkstone-s3;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3Proxy.class));
        }
    }
}
