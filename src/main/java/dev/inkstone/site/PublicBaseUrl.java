package dev.inkstone.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The public base URL of the blog, for features that write absolute links (feeds, sitemaps): the site settings'
 * {@code url} when set, else INKSTONE_SITE_URL, else empty (then links stay root-relative).
 */
@ApplicationScoped
public class PublicBaseUrl {

    private final SiteSettingsRepository settings;
    private final SiteConfig config;

    PublicBaseUrl(SiteSettingsRepository settings, SiteConfig config) {
        this.settings = settings;
        this.config = config;
    }

    /** Never null; one read of the settings row by its primary key. */
    @Transactional
    public String get() {
        String url = settings.load().url;
        if (url != null && !url.isBlank()) {
            return url;
        }
        return config.url().map(String::strip).orElse("");
    }
}
