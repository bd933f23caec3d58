package dev.inkstone.common.http;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Strong ETags on every JSON representation the resources send (reads, and the results of writes), and 304 Not
 * Modified for a read whose If-None-Match names it (RFC 9110 §13.1.2, weak comparison). The entity is serialized
 * here once and the bytes replace it, so the client receives exactly the bytes that were hashed, and nothing is
 * serialized twice.
 *
 * <p>No Last-Modified, on purpose. A post embeds tag names and category paths, a tag and a category carry a live
 * postCount, and a list changes when an item is deleted or a scheduled post comes due: none of those moves the
 * row's updatedAt, and deletions leave no timestamp at all. A Last-Modified taken from updatedAt could make a
 * cache answer If-Modified-Since with a stale 304; an honest one would need a change log of every related row.
 * Its one-second resolution would also hide two edits within a second. The ETag validates everything, and RFC 9110
 * §13.1.3 has If-Modified-Since ignored whenever If-None-Match is sent, which every HTTP cache does when it holds
 * an ETag. Without Last-Modified, If-Modified-Since is ignored and the full 200 is sent.
 */
public class ETagFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ETags etags;

    ETagFilter(ETags etags) {
        this.etags = etags;
    }

    @ServerResponseFilter
    public void etag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!tagged(request.getMethod(), response)) {
            return;
        }
        // Pre-rendered bodies (feeds, sitemaps) are hashed as they are; everything else is serialized here.
        byte[] body = response.getEntity() instanceof byte[] rendered ? rendered : etags.serialize(response.getEntity());
        String etag = ETags.hash(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (READS.contains(request.getMethod()) && notModified(request, etag)) {
            // A 304 keeps the 200's headers but has no content (RFC 9110 §15.4.5).
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }

    /**
     * A 200 to a read, or a 200/201 to a write, with a JSON body Jackson writes or bytes a read rendered itself; one
     * ETag set by hand is kept.
     */
    private static boolean tagged(String method, ContainerResponseContext response) {
        int status = response.getStatus();
        boolean success = READS.contains(method) ? status == 200
                : WRITES.contains(method) && (status == 200 || status == 201);
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (!success || entity == null || response.getHeaders().containsKey(HttpHeaders.ETAG) || type == null) {
            return false;
        }
        // A read's pre-rendered bytes (a feed, a sitemap) are tagged whatever their type; streams pass untouched.
        return READS.contains(method) && entity instanceof byte[]
                || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                        && (entity instanceof Record || entity instanceof Collection || entity instanceof Map);
    }

    private static boolean notModified(ContainerRequestContext request, String etag) {
        EntityTagCondition ifNoneMatch = EntityTagCondition.parse(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH));
        // '*' matches any current representation, and a 200 means there is one.
        return ifNoneMatch != null && (ifNoneMatch.any() || ifNoneMatch.matchesWeakly(etag));
    }
}
