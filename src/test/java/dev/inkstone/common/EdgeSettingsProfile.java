package dev.inkstone.common;

import java.util.Map;

/**
 * One application for the tests of settings set to an edge the default test profile avoids. Quarkus builds the
 * application of every profile before the first test runs and starts it when its tests come, so each profile costs
 * the suite a whole build and start (README, Development); the settings such tests need share this one profile as long
 * as the other tests here do not notice them, and a new test of that kind adds its setting here.
 * <ul>
 * <li>private and internal addresses refused, as in production (webhook SsrfTest, WordPressImportSsrfTest), with the
 * webhook dispatcher ticking every second, as in WebhookTestProfile, so a refused delivery is seen;</li>
 * <li>no INKSTONE_SITE_URL (SiteUrlMissingTest);</li>
 * <li>search totals exact up to 3 only (SearchTotalsTest).</li>
 * </ul>
 */
public class EdgeSettingsProfile extends OwnDatabaseProfile {

    @Override
    protected Map<String, String> overrides() {
        return Map.of(
                "inkstone.webhooks.allow-private", "false",
                "inkstone.webhooks.poll-interval", "1s",
                "inkstone.import.allow-private", "false",
                "inkstone.site.url", "",
                "inkstone.search.exact-total-up-to", "3");
    }
}
