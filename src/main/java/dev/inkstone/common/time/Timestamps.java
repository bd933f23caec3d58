package dev.inkstone.common.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as stored and returned: UTC instants at millisecond precision, equal on H2 and PostgreSQL. "Now" comes
 * from the injected {@link java.time.InstantSource} (see ClockProducer), never from here, so tests can move it.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant normalize(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
