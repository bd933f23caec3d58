package dev.inkstone.post;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.error.ApiException;

/** Which posts a list or a search shows, from its {@code status} query parameter. */
public enum StatusFilter {
    PUBLISHED, DRAFT, SCHEDULED, ANY;

    /**
     * The filter a request asks for, once the caller may use it: anything but published posts needs a reader token.
     * (A token sent with a public request was already checked by Quarkus security, so a wrong one is a 401.)
     */
    public static StatusFilter requested(String status, SecurityIdentity identity) {
        StatusFilter filter = parse(status);
        if (filter != PUBLISHED && !identity.hasRole("reader")) {
            throw identity.isAnonymous() ? ApiException.unauthorized("This request needs a bearer token")
                    : ApiException.forbidden("This request needs a token with the reader role");
        }
        return filter;
    }

    static StatusFilter parse(String status) {
        if (status == null || status.isEmpty()) {
            return PUBLISHED;
        }
        for (StatusFilter filter : values()) {
            if (filter.name().equalsIgnoreCase(status)) {
                return filter;
            }
        }
        throw ApiException.badParameter("status", "status must be one of published, draft, scheduled, any");
    }
}
