package dev.inkstone.importer.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The images of a live WordPress site an import may fetch: only those the site lists as media ({@link #offer}), on
 * the site's own host, by their URL path, so {@link MediaMatch} finds them as it finds a zip's
 * {@code wp-content/uploads/…} files. Each is fetched at most once per job, when a post or attachment first names
 * it, and read under the image limit like any file of an import.
 */
public final class SiteMedia extends MediaBundle {

    /** Opens a URL of the site; the caller bounds what it reads. */
    @FunctionalInterface
    public interface Fetcher {
        InputStream open(URI uri) throws IOException;
    }

    private final URI origin;
    private final Fetcher fetcher;

    /** {@code origin}: the site's scheme, host and port; only URLs on that host are offered. */
    public SiteMedia(URI origin, Fetcher fetcher) {
        this.origin = origin;
        this.fetcher = fetcher;
    }

    /** Makes an image the site lists fetchable by its path; a URL on another host is ignored (never fetched). */
    public void offer(String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() != null && uri.getHost().equalsIgnoreCase(origin.getHost()) && uri.getPath() != null
                    && uri.getPath().length() > 1) {
                add(uri.getPath().substring(1), -1);
            }
        } catch (URISyntaxException e) {
            // Not a URL: nothing to fetch; the attachment is reported missing.
        }
    }

    @Override
    InputStream open(String name) throws IOException {
        try {
            return fetcher.open(new URI(origin.getScheme(), null, origin.getHost(), origin.getPort(), "/" + name,
                    null, null));
        } catch (URISyntaxException e) {
            throw new IOException("not a URL path: " + name);
        }
    }
}
