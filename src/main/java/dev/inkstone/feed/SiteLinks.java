package dev.inkstone.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.site.PublicBaseUrl;
import dev.inkstone.site.SiteConfig;

/**
 * Absolute URLs of the public site, for feeds and sitemaps. Without a usable base URL every caller gets a 503
 * problem naming {@code INKSTONE_SITE_URL}: a feed of relative or made-up links would be cached and spread by
 * readers and search engines, a clear error is fixed by setting one variable.
 *
 * <p>Request scoped: the base URL and name come from the site settings (PATCH /api/v1/site) when set there, else from
 * the configuration, and are read once per request rather than once per link.
 */
@RequestScoped
public class SiteLinks {

    static final String SETTING = "INKSTONE_SITE_URL";

    private final SiteConfig config;
    private final String title;
    private final String base;
    private final String problem;

    SiteLinks(SiteConfig config, PublicBaseUrl site) {
        this.config = config;
        PublicBaseUrl.Identity identity = site.current();
        this.title = identity.title();
        String url = identity.url();
        this.problem = url.isEmpty()
                ? SETTING + " is not set, nor the site settings' url: feeds and sitemaps need the public base URL"
                : usable(url) ? null : SETTING + " must be an absolute http or https URL without query or fragment";
        // Without the trailing slash, so that joining a root-relative path gives exactly one.
        this.base = problem == null ? url.replaceAll("/+$", "") : null;
    }

    /** The site's name, for feed titles. */
    public String title() {
        return title;
    }

    /** Fails with the 503 problem when the base URL is missing or unusable; call before building anything. */
    public void requireBase() {
        if (problem != null) {
            throw new ApiException(503, "site-url-missing", "Service Unavailable", problem,
                    List.of(new FieldError(SETTING, problem)), null);
        }
    }

    /** The site's home page. */
    public String home() {
        requireBase();
        return base + "/";
    }

    /** A root-relative path ({@code /feeds/rss.xml}) under the base URL. */
    public String absolute(String rootRelative) {
        requireBase();
        return base + rootRelative;
    }

    public String post(String slug) {
        return permalink(config.permalink().post(), slug);
    }

    public String tag(String slug) {
        return permalink(config.permalink().tag(), slug);
    }

    public String author(String slug) {
        return permalink(config.permalink().author(), slug);
    }

    public String category(String slug) {
        return permalink(config.permalink().category(), slug);
    }

    /** A page's permalink from its path (ancestors' slugs, then its own), each segment percent-encoded. */
    public String page(List<String> path) {
        String joined = String.join("/", path.stream().map(SiteLinks::encode).toList());
        String link = config.permalink().page().replace("{path}", joined)
                .replace("{slug}", encode(path.get(path.size() - 1)));
        return absolute(link.startsWith("/") ? link : "/" + link);
    }

    /** A slug as one path segment; Chinese slugs percent-encoded as UTF-8. */
    public static String encode(String slug) {
        // Slugs are letters, digits and '-', so form encoding differs from path encoding only in what none contains.
        return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String permalink(String template, String slug) {
        String path = template.replace("{slug}", encode(slug));
        return absolute(path.startsWith("/") ? path : "/" + path);
    }

    private static boolean usable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
