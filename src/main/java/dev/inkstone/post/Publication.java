package dev.inkstone.post;

import java.time.Instant;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.time.Timestamps;

/**
 * The stored status and publishedAt a write asks for. The stored status follows the clock: published with a future
 * date is stored as scheduled, scheduled with a past date as published.
 */
record Publication(PostStatus status, Instant publishedAt) {

    static Publication decide(PostStatus requested, Instant requestedAt, Post current, Instant now) {
        PostStatus status = requested == null ? PostStatus.DRAFT : requested;
        Instant at = Timestamps.normalize(requestedAt);
        if (status == PostStatus.DRAFT) {
            return new Publication(status, at);
        }
        if (at == null) {
            if (status == PostStatus.SCHEDULED) {
                throw ApiException.invalid("publishedAt", "a scheduled post needs publishedAt");
            }
            // Re-sending a published post without a date keeps its date, so repeated upserts change nothing.
            at = current.status != null && current.status != PostStatus.DRAFT && current.publishedAt != null
                    ? current.publishedAt : now;
        }
        return new Publication(at.isAfter(now) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED, at);
    }
}
