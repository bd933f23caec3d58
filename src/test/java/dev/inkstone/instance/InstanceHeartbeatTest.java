package dev.inkstone.instance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.inkstone.common.Api;
import dev.inkstone.common.time.TestClock;

/**
 * An instance that keeps images on its own file system (the tests' storage) knows when another instance runs on the
 * same database, whether or not that one runs imports, and stops counting it once it falls silent.
 */
@QuarkusTest
class InstanceHeartbeatTest {

    @Inject
    InstanceHeartbeat heartbeat;

    @Inject
    AppInstanceRepository instances;

    @Inject
    InstanceConfig config;

    @Inject
    TestClock clock;

    @Test
    void anotherLiveInstanceIsSeenUntilItStopsHeartbeating() {
        // Instances of earlier test runs on this database fall silent first.
        clock.advance(config.staleAfter().plusSeconds(1));
        assertFalse(heartbeat.beat(), "alone: nothing to warn about");

        String other = Api.unique("other-instance");
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            AppInstance instance = new AppInstance();
            instance.id = other;
            instance.imageStorage = "s3";
            instance.startedAt = now;
            instance.heartbeatAt = now;
            instances.persist(instance);
        });
        assertTrue(heartbeat.beat(), "another instance heartbeats while this one stores images on its own disk");

        clock.advance(config.staleAfter().plusSeconds(1));
        assertFalse(heartbeat.beat(), "the other instance stopped heartbeating: gone");

        clock.advance(InstanceService.FORGET_AFTER);
        heartbeat.beat();
        assertNull(QuarkusTransaction.requiringNew().call(() -> instances.findById(other)), "forgotten after a day");
    }
}
