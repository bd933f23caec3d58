package dev.inkstone.page;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.error.ApiException;

/** Which pages a list shows, from its {@code status} query parameter, by the rule post lists follow. */
enum PageStatusFilter {
    PUBLISHED, DRAFT, SCHEDULED, ANY;

    /** The filter a request asks for, once the caller may use it: anything but published pages needs a token. */
    static PageStatusFilter requested(String status, SecurityIdentity identity) {
        PageStatusFilter filter = parse(status);
        if (filter != PUBLISHED && !identity.hasRole("reader")) {
            throw identity.isAnonymous() ? ApiException.unauthorized("This request needs a bearer token")
                    : ApiException.forbidden("This request needs a token with the reader role");
        }
        return filter;
    }

    static PageStatusFilter parse(String status) {
        if (status == null || status.isEmpty()) {
            return PUBLISHED;
        }
        for (PageStatusFilter filter : values()) {
            if (filter.name().equalsIgnoreCase(status)) {
                return filter;
            }
        }
        throw ApiException.badParameter("status", "status must be one of published, draft, scheduled, any");
    }
}
