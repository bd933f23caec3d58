package dev.inkstone.common.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers {@link SlugMoved} with 301 and a Location at the current slug: the request's own address with its last
 * segment replaced and its query string (fields, include…) kept, so one mapper serves posts, tags and categories.
 * No body: a 301 is no problem, and clients follow the Location.
 */
public class SlugMovedMapper {

    @ServerExceptionMapper
    public Response moved(SlugMoved moved, UriInfo uri) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(location(uri.getRequestUri(),
                moved.currentSlug())).build();
    }

    static URI location(URI request, String slug) {
        String path = request.getRawPath();
        // Slugs are letters, digits and '-', so the form encoder's output is the path's percent-encoding.
        String moved = path.substring(0, path.lastIndexOf('/') + 1) + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        return request.resolve(request.getRawQuery() == null ? moved : moved + "?" + request.getRawQuery());
    }
}
