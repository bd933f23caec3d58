package dev.inkstone.common.time;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

/**
 * The clock of every @QuarkusTest: real time plus an offset that tests only move forward, so one test's jump never
 * makes another test's timestamps run backwards on the shared application.
 */
@Singleton
public class TestClock implements InstantSource {

    // Static: a test profile restarts the application in the same JVM, and its clock must not run backwards then.
    private static final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Moves time forward for the whole application. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
    }
}
