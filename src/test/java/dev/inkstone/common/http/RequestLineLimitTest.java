package dev.inkstone.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** The HTTP layer's request-line limit follows INKSTONE_MAX_URI upwards, never below the configured 64 KiB. */
@DatabaseIndependent
class RequestLineLimitTest {

    @Test
    void theConfiguredLimitStandsWhileItHoldsTheLongestTargetAnswered() {
        assertEquals(65536, RequestLineLimit.lineLimit(65536, 4096));
    }

    @Test
    void aLargerMaxUriRaisesTheLimitSoItsTargetsStillReachTheCheck() {
        assertEquals(100_000 + RequestLineLimit.LINE_OVERHEAD, RequestLineLimit.lineLimit(65536, 100_000));
    }
}
