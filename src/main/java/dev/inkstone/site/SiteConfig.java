package dev.inkstone.site;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The site's public address, name and permalinks, under {@code inkstone.site} (env INKSTONE_SITE_*,
 * INKSTONE_PERMALINK_*). The site settings' url and title, once set, take the place of url and title.
 */
@ConfigMapping(prefix = "inkstone.site")
public interface SiteConfig {

    /**
     * The public base URL (INKSTONE_SITE_URL) until the site settings name one; with neither, feeds and sitemaps
     * answer 503 rather than broken links.
     */
    Optional<String> url();

    /** The site's name in feed titles (INKSTONE_SITE_TITLE) until the site settings name one. */
    String title();

    Permalink permalink();

    /** Paths under the base URL where the frontend shows content; {@code {slug}} is the percent-encoded slug. */
    interface Permalink {

        /** INKSTONE_PERMALINK_POST, default /posts/{slug}. */
        String post();

        /** INKSTONE_PERMALINK_TAG, default /tags/{slug}. */
        String tag();

        /** INKSTONE_PERMALINK_CATEGORY, default /categories/{slug}. */
        String category();

        /**
         * INKSTONE_PERMALINK_PAGE, default /{path}: {@code {path}} is the page's path, its ancestors' slugs and its
         * own joined by '/' (/about/team); {@code {slug}} its own slug.
         */
        String page();
        /** INKSTONE_PERMALINK_AUTHOR, default /authors/{slug}. */
        String author();
    }
}
