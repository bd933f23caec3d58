package dev.inkstone.common.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Vary: Origin} on every response of the REST resources. The CORS layer echoes the request's Origin in
 * Access-Control-Allow-Origin, even with origins set to '*', and sends none when there is no Origin; a public read a
 * CDN stored for one origin (or for none) would be refused by browsers on another unless the cache keys it by
 * Origin. Vary belongs on 304s too (RFC 9110 §15.4.5).
 */
public class VaryOriginFilter {

    @ServerResponseFilter
    public void varyByOrigin(ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, "Origin");
    }
}
