package dev.inkstone.feed;

import dev.inkstone.common.error.ApiException;

/** The {@code limit} query parameter of the feeds: how many of the newest posts, 1–100, 20 when absent. */
final class FeedLimit {

    static final int DEFAULT = 20;
    /** The same bound as a list page: more is a 400, never a silent cut. */
    static final int MAX = 100;

    private FeedLimit() {
    }

    static int parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("limit", "limit must be a whole number from 1 to " + MAX);
        }
        if (value < 1 || value > MAX) {
            throw ApiException.badParameter("limit", "limit must be from 1 to " + MAX);
        }
        return value;
    }
}
