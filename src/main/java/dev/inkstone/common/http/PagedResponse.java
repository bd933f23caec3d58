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
        String links = links(page.page(), uri);
        if (!links.isEmpty()) {
            response.header("Link", links);
        }
        return response.build();
    }

    static String links(Page.PageInfo info, UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, info.perPage(), "first"));
        if (info.number() > 1) {
            links.add(link(uri, Math.min(info.number() - 1, info.totalPages()), info.perPage(), "prev"));
        }
        if (info.number() < info.totalPages()) {
            links.add(link(uri, info.number() + 1, info.perPage(), "next"));
        }
        links.add(link(uri, info.totalPages(), info.perPage(), "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int page, int perPage, String rel) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("page", page)
                .replaceQueryParam("perPage", perPage);
        return "<" + builder.build() + ">; rel=\"" + rel + "\"";
    }
}
