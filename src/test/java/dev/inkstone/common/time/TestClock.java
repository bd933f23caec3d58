package dev.inkstone.common.time;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import jakarta.inject.Singleton;

/**
 * The clock of every @QuarkusTest: real time plus an offset that tests only move forward, so one test's jump never
 * makes another test's timestamps run backwards on the shared application.
 */
@Singleton
public class TestClock implements InstantSource {

    /**
     * The offset is kept in a system property, not a field: a test profile restarts the application in a new class
     * loader, and on PostgreSQL the data written before the restart stays, so time must not run backwards then.
     */
    private static final String OFFSET_MILLIS = "inkstone.test-clock.offset-millis";

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(Long.getLong(OFFSET_MILLIS, 0));
    }

    /** Moves time forward for the whole application, and for every application this JVM starts after it. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        System.setProperty(OFFSET_MILLIS, Long.toString(Long.getLong(OFFSET_MILLIS, 0) + by.toMillis()));
    }
}
