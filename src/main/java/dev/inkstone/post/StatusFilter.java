package dev.inkstone.post;

import dev.inkstone.auth.Caller;
import dev.inkstone.auth.Role;
import dev.inkstone.common.error.ApiException;

/** Which posts a list or a search shows, from its {@code status} query parameter. */
public enum StatusFilter {
    PUBLISHED, DRAFT, SCHEDULED, ANY;

    /**
     * The filter a request asks for, once the caller may use it: anything but published posts needs a reader token.
     * A token sent with a public request is still checked, so a wrong one is a 401 rather than silently ignored.
     */
    public static StatusFilter requested(String status, Caller caller) {
        StatusFilter filter = parse(status);
        if (filter != PUBLISHED) {
            caller.require(Role.READER);
        } else {
            caller.role();
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
