package dev.inkstone.packaged;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.inkstone.common.Api;

/**
 * Settings for the packaged jar that {@code @QuarkusIntegrationTest} starts with the prod profile: the test admin
 * token, and data under target/ instead of ./data. The H2 database is a new file per start; with INKSTONE_DB_KIND
 * set (as CI's PostgreSQL run does) the app inherits INKSTONE_DB_* and uses that database.
 */
public class PackagedJar implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Path data = Path.of("target", "packaged-" + UUID.randomUUID()).toAbsolutePath();
        Map<String, String> config = new HashMap<>();
        config.put("inkstone.auth.admin-token", Api.ADMIN_TOKEN);
        config.put("inkstone.images.directory", data.resolve("images").toString());
        config.put("inkstone.search.directory", data.resolve("search").toString());
        config.put("inkstone.import.work-dir", data.resolve("imports").toString());
        String kind = System.getenv("INKSTONE_DB_KIND");
        if (kind == null || kind.isBlank() || kind.equals("h2")) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + data.resolve("inkstone")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        }
        return config;
    }

    @Override
    public void stop() {
        // The data stays under target/ for a look after a failure; mvn clean removes it.
    }
}
