package dev.inkstone.common.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Cache-Control as the API contract sets it: public reads may be cached briefly by browsers and CDNs; anything
 * answered to a token holder must never be stored by a shared cache.
 */
public class CacheControlFilter {

    /** stale-if-error: during a database outage this server, and caches in front of it, answer the last copy. */
    public static final String PUBLIC = "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400";
    static final String PRIVATE = "private, no-store";

    @ServerResponseFilter
    public void cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean authenticated = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (authenticated || !read) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
        } else if (response.getStatus() == 200 || response.getStatus() == 304) {
            // A 304 stands for the 200 it confirms and carries the same Cache-Control (RFC 9110 §15.4.5).
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PUBLIC);
        } else {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }
}
