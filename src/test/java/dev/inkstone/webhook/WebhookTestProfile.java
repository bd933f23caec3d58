package dev.inkstone.webhook;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The webhook tests' application: the dispatcher ticks every second (the scheduler's least) (the default test profile never ticks, since
 * other tests count SQL statements), and on H2 a database of its own (a profile restart on the shared in-memory
 * database trips H2, see S3ImageResourceTest). Local receivers are allowed by the test profile.
 */
public class WebhookTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("inkstone.webhooks.poll-interval", "1s",
                "inkstone.test-db-url.h2", "jdbc:h2:mem:" + h2Database() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /** Each profile restarts the application, so each gets an H2 database of its own. */
    protected String h2Database() {
        return "inkstone-hooks";
    }
}
