package dev.inkstone.cache;

import java.lang.annotation.Annotation;
import java.time.Instant;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The REST side of the response cache: a fresh public 200 is kept for next time, under the content state the router
 * took before computing it ({@link CachedReadsRoute}, which also answers the hits before any of this runs), and the
 * last answer kept stands in for a 503 while the database is away. Requests the router did not mark are not cached.
 */
public class CachedReads {

    private static final ContentClock.State NOT_CURRENT = new ContentClock.State(-1, Instant.MIN);

    private final ResponseCache cache;
    private final CurrentVertxRequest current;

    CachedReads(ResponseCache cache, CurrentVertxRequest current) {
        this.cache = cache;
        this.current = current;
    }

    /** Runs after the ETag filter (response filters run in descending priority), which left the bytes it hashed. */
    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        RoutingContext routing = current.getCurrent();
        CachedReadsRoute.Pending pending = routing == null ? null : routing.get(CachedReadsRoute.PENDING);
        if (pending == null) {
            return;
        }
        // On these paths a 503 means the database is away (ProblemMapper's database-unavailable).
        if (response.getStatus() == 503 && !search(request)) {
            serveStale(pending.key(), request, response);
            return;
        }
        if (response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)) {
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
        ContentClock.State computedUnder = pending.state() != null ? pending.state() : NOT_CURRENT;
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        MediaType type = response.getMediaType();
        if (etag == null || type == null) {
            return;
        }
        cache.put(pending.key(), new ResponseCache.Entry(computedUnder, body, etag, type.toString(),
                response.getHeaderString("X-Total-Count"), response.getHeaderString("Link"), pending.route()));
    }

    /**
     * stale-if-error (RFC 5861): the database is unreachable, so the last answer kept for this request, however old,
     * is better than a 503 to a reader. Nothing kept: the 503 stands.
     */
    private void serveStale(String key, ContainerRequestContext request, ContainerResponseContext response) {
        ResponseCache.Entry entry = cache.last(key);
        if (entry == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.remove("Retry-After");
        entry.headers(headers::putSingle);
        if (entry.notModifiedFor(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setStatus(200);
        response.setEntity(entry.body(), new Annotation[0], MediaType.valueOf(entry.contentType()));
        headers.putSingle(HttpHeaders.CONTENT_TYPE, entry.contentType());
    }

    /** On search a 503 means the index is being built, not that the database is away. */
    private static boolean search(ContainerRequestContext request) {
        return request.getUriInfo().getPath().equals("/api/v1/search");
    }
}
