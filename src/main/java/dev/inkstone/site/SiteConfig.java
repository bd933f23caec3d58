package dev.inkstone.site;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings under {@code inkstone.site}. */
@ConfigMapping(prefix = "inkstone.site")
public interface SiteConfig {

    /** The public base URL used until the site settings name one (INKSTONE_SITE_URL). */
    Optional<String> url();
}
