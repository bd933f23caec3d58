package dev.inkstone.webhook;

import java.util.Map;

import dev.inkstone.common.OwnDatabaseProfile;

/**
 * The webhook tests' application: the dispatcher ticks every second, the scheduler's least (the default test profile
 * never ticks, since other tests count SQL statements). Local receivers are allowed by the test profile.
 */
public class WebhookTestProfile extends OwnDatabaseProfile {

    @Override
    protected Map<String, String> overrides() {
        return Map.of("inkstone.webhooks.poll-interval", "1s");
    }
}
