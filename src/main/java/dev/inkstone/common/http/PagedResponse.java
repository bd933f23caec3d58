package dev.inkstone.common.http;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import dev.inkstone.common.paging.Page;

/** Wraps a page in a 200 with {@code X-Total-Count} and RFC 8288 {@code Link} headers (first, prev, next, last). */
public final class PagedResponse {

    private PagedResponse() {
    }

    public static <T> RestResponse<Page<T>> of(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page)
                .header("X-Total-Count", page.page().totalItems());
        String links = links(page, uri);
        if (!links.isEmpty()) {
            response.header("Link", links);
        }
        return response.build();
    }

    static String links(Page<?> page, UriInfo uri) {
        Page.PageInfo info = page.page();
        List<String> links = new ArrayList<>();
        links.add(link(uri.getRequestUriBuilder().replaceQueryParam("cursor").replaceQueryParam("page", 1), "first"));
        if (info.number() == null) {
            // Keyset paging walks forward only: first and next.
            if (page.nextCursor() != null) {
                links.add(link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()), "next"));
            }
            return String.join(", ", links);
        }
        if (info.number() > 1) {
            links.add(pageLink(uri, Math.min(info.number() - 1, info.totalPages()), "prev"));
        }
        if (info.number() < info.totalPages()) {
            links.add(pageLink(uri, info.number() + 1, "next"));
        }
        links.add(pageLink(uri, info.totalPages(), "last"));
        return String.join(", ", links);
    }

    private static String pageLink(UriInfo uri, int page, String rel) {
        return link(uri.getRequestUriBuilder().replaceQueryParam("page", page), rel);
    }

    private static String link(UriBuilder builder, String rel) {
        return "<" + tidyQuery(builder.build().toString()) + ">; rel=\"" + rel + "\"";
    }

    /**
     * Removing a parameter with replaceQueryParam leaves its separator behind ({@code ?&page=1} when the cursor was
     * first); the empty pairs go, so links read as a client would write them.
     */
    static String tidyQuery(String uri) {
        int question = uri.indexOf('?');
        if (question < 0) {
            return uri;
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : uri.substring(question + 1).split("&")) {
            if (!pair.isEmpty()) {
                pairs.add(pair);
            }
        }
        return pairs.isEmpty() ? uri.substring(0, question) : uri.substring(0, question + 1) + String.join("&", pairs);
    }
}
