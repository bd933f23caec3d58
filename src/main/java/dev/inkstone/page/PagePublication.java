package dev.inkstone.page;

import java.time.Instant;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.time.Timestamps;

/**
 * The stored status and publishedAt a write asks for, by the rule posts follow: published with a future date is
 * stored as scheduled, scheduled with a past date as published, and a re-sent published page keeps its date.
 */
record PagePublication(PageStatus status, Instant publishedAt) {

    static PagePublication decide(PageStatus requested, Instant requestedAt, Page current, Instant now) {
        PageStatus status = requested == null ? PageStatus.DRAFT : requested;
        Instant at = Timestamps.normalize(requestedAt);
        if (status == PageStatus.DRAFT) {
            return new PagePublication(status, at);
        }
        if (at == null) {
            if (status == PageStatus.SCHEDULED) {
                throw ApiException.invalid("publishedAt", "a scheduled page needs publishedAt");
            }
            at = current.status != null && current.status != PageStatus.DRAFT && current.publishedAt != null
                    ? current.publishedAt : now;
        }
        return new PagePublication(at.isAfter(now) ? PageStatus.SCHEDULED : PageStatus.PUBLISHED, at);
    }
}
