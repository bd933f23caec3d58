package dev.inkstone.cache;

import java.time.InstantSource;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Public reads answered from memory, in the router: an anonymous GET whose answer was computed under the current
 * content state is sent on the I/O thread before authentication, the REST layer and its per-request set-up run
 * (together several times the cost of sending the bytes). A miss is marked with its key and the state taken now,
 * before the answer is computed, so {@link CachedReads} can only keep an answer newer than its key.
 */
@Singleton
class CachedReadsRoute {

    /** Where a miss leaves its key for {@link CachedReads}. */
    static final String PENDING = CachedReadsRoute.class.getName() + ".pending";

    /**
     * Quarkus installs its HTTP filters at minus their priority: CORS (300) runs before this, so a hit carries its
     * headers, and authentication (200) after; an anonymous request has nothing to authenticate.
     */
    static final int ORDER = -250;

    /** The request context entry Quarkus' HTTP metrics name the route by (the path template, not the path). */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    /** A miss: what {@link CachedReads} keeps the answer under; {@code state} null when no state was current. */
    record Pending(String key, ContentClock.State state, Context context) {

        /** The path template the REST layer matched, for the metrics of later hits. */
        String route() {
            return context == null ? null : context.getLocal(ROUTE_TEMPLATE);
        }
    }

    private final ContentClock clock;
    private final ResponseCache cache;
    private final InstantSource time;

    CachedReadsRoute(ContentClock clock, ResponseCache cache, InstantSource time) {
        this.clock = clock;
        this.cache = cache;
        this.time = time;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::serve);
    }

    void serve(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (request.method() != HttpMethod.GET || request.headers().contains(HttpHeaders.AUTHORIZATION)
                || !cacheable(routing.normalizedPath())) {
            routing.next();
            return;
        }
        ContentClock.State state = clock.state();
        if (!state.current(time.instant())) {
            state = null;
        }
        String key = key(request);
        ResponseCache.Entry entry = state == null ? null : cache.get(key, state);
        if (entry == null) {
            routing.put(PENDING, new Pending(key, state, Vertx.currentContext()));
            routing.next();
            return;
        }
        Context context = Vertx.currentContext();
        if (entry.route() != null && context != null) {
            context.putLocal(ROUTE_TEMPLATE, entry.route());
        }
        HttpServerResponse response = routing.response();
        MultiMap headers = response.headers();
        // The headers the REST layer's filters put on the answer it kept; Vary is VaryOriginFilter's there.
        entry.headers(headers::add);
        headers.add(HttpHeaders.VARY, "Origin");
        if (entry.notModifiedFor(request.headers().getAll(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        headers.add(HttpHeaders.CONTENT_TYPE, entry.contentType());
        response.end(Buffer.buffer(entry.body()));
    }

    /**
     * Path and query exactly as sent, the Accept header (the REST layer answers an Accept it cannot meet with a 406,
     * never with a kept answer), and scheme and host, which the Link header's addresses are built from (they follow
     * X-Forwarded-* behind a trusted proxy).
     */
    private static String key(HttpServerRequest request) {
        String query = request.query();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.scheme() + "://" + request.authority() + request.path() + (query == null ? "" : "?" + query)
                + "\n" + (accept == null ? "" : accept);
    }

    private static boolean cacheable(String path) {
        return path.startsWith("/api/v1/posts") || path.startsWith("/api/v1/pages")
                || path.startsWith("/api/v1/tags")
                || path.startsWith("/api/v1/categories")
                // Feeds and sitemaps show published content and the site settings; a settings write takes a new
                // content version too, so the same key covers them.
                || path.startsWith("/feeds/") || path.startsWith("/sitemap")
                || path.equals("/api/v1/site")
                // Search answers from the index, which the search service brings up to the same version.
                || path.equals("/api/v1/search");
    }
}
