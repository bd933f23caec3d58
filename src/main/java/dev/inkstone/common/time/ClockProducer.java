package dev.inkstone.common.time;

import java.time.InstantSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The application's clock. Code that needs "now" injects {@link InstantSource} (and stores
 * {@code Timestamps.normalize(clock.instant())}), so tests can move time forward instead of sleeping.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    InstantSource systemClock() {
        return InstantSource.system();
    }
}
