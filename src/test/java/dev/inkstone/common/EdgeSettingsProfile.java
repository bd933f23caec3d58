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
 * <li>search totals exact up to 3 only (SearchTotalsTest);</li>
 * <li>every forgiving way of searching off, and no relaxing (ForgivingSwitchesTest): SearchTotalsTest searches words
 * as written, which every way finds alike.</li>
 * </ul>
 */
public class EdgeSettingsProfile extends OwnDatabaseProfile {

    @Override
    protected Map<String, String> overrides() {
        return Map.ofEntries(
                Map.entry("inkstone.webhooks.allow-private", "false"),
                Map.entry("inkstone.webhooks.poll-interval", "1s"),
                Map.entry("inkstone.import.allow-private", "false"),
                Map.entry("inkstone.site.url", ""),
                Map.entry("inkstone.search.exact-total-up-to", "3"),
                Map.entry("inkstone.search.forgiving.synonyms", "false"),
                Map.entry("inkstone.search.forgiving.pinyin", "false"),
                Map.entry("inkstone.search.forgiving.prefix", "false"),
                Map.entry("inkstone.search.forgiving.fuzzy", "false"),
                Map.entry("inkstone.search.forgiving.aliases", "false"),
                Map.entry("inkstone.search.relax-below", "0"));
    }
}
