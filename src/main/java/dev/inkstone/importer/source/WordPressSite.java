package dev.inkstone.importer.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.OptionalLong;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.net.PublicAddresses;
import dev.inkstone.importer.ImportConfig;

/**
 * A WordPress site read over HTTP, with the JDK client: only GETs below the site's own host, redirects followed only
 * within that host (http may become https), every host lookup checked against {@link PublicAddresses} before each
 * request (DNS answers change between the check when the job starts and a later request), bodies read under a byte
 * limit, and the application password, when given, sent as Basic auth on every request (it never leaves the host).
 */
public final class WordPressSite {

    private static final int MAX_REDIRECTS = 5;

    private final URI base;
    private final String authorization;
    private final boolean allowPrivate;
    private final Duration requestTimeout;
    private final HttpClient http;

    /** A site checked with {@link #checkUrl}; {@code username} and {@code password} both null for anonymous reads. */
    public WordPressSite(URI base, String username, String password, ImportConfig config) {
        this.base = base;
        this.authorization = username == null || password == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password.replace(" ", "")).getBytes(StandardCharsets.UTF_8));
        this.allowPrivate = config.allowPrivate();
        this.requestTimeout = config.wordpress().requestTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(config.wordpress().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI base() {
        return base;
    }

    public boolean authenticated() {
        return authorization != null;
    }

    /**
     * The site's URL as the job reads it (scheme, host, port and path, with a trailing slash), or a 422 naming
     * {@code url}: not http(s), no host, user info, a query, or a host on the server's own network unless
     * {@code allowPrivate}.
     */
    public static URI checkUrl(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url", "not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.invalid("url", "must be an http or https URL, such as https://blog.example.com");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw ApiException.invalid("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.invalid("url", "must not hold a user name or password: send username and "
                    + "applicationPassword");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw ApiException.invalid("url", "must be the site's address without a query or fragment");
        }
        String refusal = refusal(uri.getHost(), allowPrivate);
        if (refusal != null) {
            throw ApiException.invalid("url", refusal);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        // The site may live in a folder (https://example.com/blog): the REST API is below it.
        path = path.endsWith("/") ? path : path + "/";
        return URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
    }

    private static String refusal(String host, boolean allowPrivate) {
        if (allowPrivate) {
            return null;
        }
        try {
            InetAddress internal = PublicAddresses.firstInternal(host);
            return internal == null ? null : "the host " + host + " resolves to " + internal.getHostAddress()
                    + ", a loopback, private, link-local or metadata address; imports may not call into the "
                    + "server's own network (INKSTONE_IMPORT_ALLOW_PRIVATE=true allows it)";
        } catch (UnknownHostException e) {
            return "the host " + host + " does not resolve";
        }
    }

    /** A GET answered: its status, body (read whole, under the caller's limit) and WordPress' paging headers. */
    public record Answer(URI uri, int status, byte[] body, int total, int totalPages) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** GETs a path below the site (such as {@code wp-json/wp/v2/posts?page=2}) and reads the body whole. */
    public Answer get(String relative, long maxBytes) throws IOException, BadImportFile {
        URI uri = base.resolve(relative);
        HttpResponse<InputStream> response = send(uri);
        try (InputStream in = response.body()) {
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent() && length.getAsLong() > maxBytes) {
                throw new ImportLimitException(uri.getPath() + " answered " + length.getAsLong() + " bytes, more "
                        + "than inkstone.import.max-text (" + maxBytes + ")", true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                if (out.size() + n > maxBytes) {
                    throw new ImportLimitException(uri.getPath() + " answered more than inkstone.import.max-text ("
                            + maxBytes + " bytes)", true);
                }
                out.write(buffer, 0, n);
            }
            return new Answer(response.uri(), response.statusCode(), out.toByteArray(),
                    header(response, "X-WP-Total"), header(response, "X-WP-TotalPages"));
        }
    }

    /**
     * Opens a file of the site (an image): the URL must be on the site's host; the caller bounds what it reads. A
     * status other than 200 is an IOException naming it.
     */
    public InputStream open(URI uri) throws IOException {
        if (!sameHost(uri)) {
            throw new IOException("not on the site's host " + base.getHost());
        }
        HttpResponse<InputStream> response;
        try {
            response = send(uri);
        } catch (BadImportFile e) {
            throw new IOException(e.getMessage());
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("the site answered " + response.statusCode() + " for " + uri.getPath());
        }
        return response.body();
    }

    /** Whether a URL is on the site's host (any port, http or https): the only host the import calls. */
    public boolean sameHost(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(base.getHost()) && uri.getRawUserInfo() == null;
    }

    private HttpResponse<InputStream> send(URI first) throws IOException, BadImportFile {
        URI uri = first;
        for (int redirects = 0;; redirects++) {
            String refused = refusal(uri.getHost(), allowPrivate);
            if (refused != null) {
                throw new BadImportFile(refused);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                    .header("Accept", "application/json")
                    .header("User-Agent", "Inkstone-Importer");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<InputStream> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } catch (IOException e) {
                throw new BadImportFile("could not reach " + uri.getHost() + ": " + describe(e));
            }
            int status = response.statusCode();
            if (status < 300 || status >= 400 || status == 304) {
                return response;
            }
            response.body().close();
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null || redirects >= MAX_REDIRECTS) {
                throw new BadImportFile(uri.getPath() + " answered " + status + (location == null
                        ? " without a Location" : " after " + MAX_REDIRECTS + " redirects"));
            }
            URI next;
            try {
                next = uri.resolve(new URI(location));
            } catch (URISyntaxException e) {
                throw new BadImportFile(uri.getPath() + " redirected to an invalid URL");
            }
            if (!sameHost(next)) {
                throw new BadImportFile(uri.getPath() + " redirected to another host (" + next.getHost()
                        + "); the import follows redirects within " + base.getHost() + " only: give that site's "
                        + "URL instead");
            }
            uri = next;
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.net.http.HttpTimeoutException ? "timed out"
                : e instanceof java.net.ConnectException ? "connection refused"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int header(HttpResponse<?> response, String name) {
        try {
            return (int) response.headers().firstValueAsLong(name).orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
