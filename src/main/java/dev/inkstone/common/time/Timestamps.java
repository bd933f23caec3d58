package dev.inkstone.common.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as stored and returned: UTC instants at millisecond precision, equal on H2 and PostgreSQL. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static Instant normalize(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
