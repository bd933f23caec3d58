package dev.inkstone.cache;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.InstantSource;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.inkstone.common.http.CacheControlFilter;
import dev.inkstone.common.http.EntityTagCondition;

/**
 * Public reads answered from memory: an anonymous GET whose answer was computed under the current content state is
 * sent from the cache on the I/O thread, with no database work, no serialization and no hop to a worker thread.
 * Anything else (tokens, writes, sync, errors) goes through as usual, and a fresh public 200 is kept for next time.
 */
public class CachedReads {

    private static final String STATE = CachedReads.class.getName() + ".state";
    private static final ContentClock.State NOT_CURRENT = new ContentClock.State(-1, Instant.MIN);

    private final ContentClock clock;
    private final ResponseCache cache;
    private final InstantSource time;

    CachedReads(ContentClock clock, ResponseCache cache, InstantSource time) {
        this.time = time;
        this.clock = clock;
        this.cache = cache;
    }

    @ServerRequestFilter(nonBlocking = true)
    public Response serve(ContainerRequestContext request) {
        if (!cacheable(request)) {
            return null;
        }
        // The state is taken before the answer is computed, so a stored answer can only be newer than its key.
        ContentClock.State state = clock.state();
        if (state.version() < 0 || !state.current(time.instant())) {
            return null;
        }
        String uri = key(request);
        request.setProperty(STATE, state);
        ResponseCache.Entry entry = cache.get(uri, state);
        if (entry == null) {
            return null;
        }
        EntityTagCondition ifNoneMatch =
                EntityTagCondition.parse(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH));
        if (ifNoneMatch != null && (ifNoneMatch.any() || ifNoneMatch.matchesWeakly(entry.etag()))) {
            return headers(Response.notModified(), entry).build();
        }
        return headers(Response.ok(entry.body(), entry.contentType()), entry).build();
    }

    /** Runs after the ETag filter (response filters run in descending priority), which left the bytes it hashed. */
    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        // On these paths a 503 means the database is away (ProblemMapper's database-unavailable).
        if (response.getStatus() == 503 && cacheable(request) && !search(request)) {
            serveStale(request, response);
            return;
        }
        if (response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body) || !cacheable(request)) {
            return;
        }
        // A resource that marked its answer otherwise than public (search from an index still catching up) knows it
        // must not be kept.
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && !cacheControl.startsWith("public")) {
            return;
        }
        // An answer computed while the state was unknown is kept too, under a state no request is served under:
        // never sent as current, but there to be sent stale during an outage.
        ContentClock.State computedUnder = request.getProperty(STATE) instanceof ContentClock.State state ? state
                : NOT_CURRENT;
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        MediaType type = response.getMediaType();
        if (etag == null || type == null) {
            return;
        }
        cache.put(key(request), new ResponseCache.Entry(computedUnder, body, etag, type.toString(),
                response.getHeaderString("X-Total-Count"), response.getHeaderString("Link")));
    }

    /**
     * stale-if-error (RFC 5861): the database is unreachable, so the last answer kept for this request, however old,
     * is better than a 503 to a reader. Nothing kept: the 503 stands.
     */
    private void serveStale(ContainerRequestContext request, ContainerResponseContext response) {
        ResponseCache.Entry entry = cache.last(key(request));
        if (entry == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.remove("Retry-After");
        headers.putSingle(HttpHeaders.ETAG, entry.etag());
        headers.putSingle(HttpHeaders.CACHE_CONTROL, CacheControlFilter.PUBLIC);
        if (entry.totalCount() != null) {
            headers.putSingle("X-Total-Count", entry.totalCount());
        }
        if (entry.link() != null) {
            headers.putSingle("Link", entry.link());
        }
        EntityTagCondition ifNoneMatch =
                EntityTagCondition.parse(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH));
        if (ifNoneMatch != null && (ifNoneMatch.any() || ifNoneMatch.matchesWeakly(entry.etag()))) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setStatus(200);
        response.setEntity(entry.body(), new Annotation[0], MediaType.valueOf(entry.contentType()));
        headers.putSingle(HttpHeaders.CONTENT_TYPE, entry.contentType());
    }

    /** The cache key: path and query exactly as sent. */
    private static String key(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
    }

    private static boolean cacheable(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return HttpMethod.GET.equals(request.getMethod())
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && (path.startsWith("/api/v1/posts") || path.startsWith("/api/v1/pages")
                        || path.startsWith("/api/v1/tags")
                        || path.startsWith("/api/v1/categories")
                        // Feeds and sitemaps show published content and the site settings; a settings write takes a
                        // new content version too, so the same key covers them.
                        || path.startsWith("/feeds/") || path.startsWith("/sitemap")
                        || path.equals("/api/v1/site")
                        // Search answers from the index, which the search service brings up to the same version.
                        || search(request));
    }

    /** On search a 503 means the index is being built, not that the database is away. */
    private static boolean search(ContainerRequestContext request) {
        return request.getUriInfo().getPath().equals("/api/v1/search");
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder builder, ResponseCache.Entry entry) {
        builder.header(HttpHeaders.ETAG, entry.etag());
        if (entry.totalCount() != null) {
            builder.header("X-Total-Count", entry.totalCount());
        }
        if (entry.link() != null) {
            builder.header("Link", entry.link());
        }
        return builder;
    }
}
