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
        return current().url();
    }

    /** The base URL and the site's name, each from the settings when set there, else from the configuration. */
    @Transactional
    public Identity current() {
        SiteSettings stored = settings.load();
        String url = stored.url != null && !stored.url.isBlank() ? stored.url
                : config.url().map(String::strip).orElse("");
        String title = stored.title != null && !stored.title.isBlank() ? stored.title : config.title();
        return new Identity(url, title);
    }

    /** What feeds and sitemaps write into every answer. */
    public record Identity(String url, String title) {
    }
}
