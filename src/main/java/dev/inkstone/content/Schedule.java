package dev.inkstone.content;

import java.time.Instant;

/**
 * When content next changes without a write: the next scheduled post's publication time. Owned here and
 * implemented by the post feature, so caches can expire their answers then without depending on posts.
 */
public interface Schedule {

    /** The first instant after {@code now} at which a scheduled post becomes visible, or null when none is due. */
    Instant nextVisibilityAfter(Instant now);
}
