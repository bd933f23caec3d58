package dev.inkstone.sitemap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** Settings under {@code inkstone.sitemap}. */
@ConfigMapping(prefix = "inkstone.sitemap")
public interface SitemapConfig {

    /** URLs per sitemap file (INKSTONE_SITEMAP_PAGE_SIZE); sitemaps.org allows at most 50,000. */
    @Min(1)
    @Max(50_000)
    int pageSize();
}
