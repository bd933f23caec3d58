package dev.inkstone.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** The cache's own rules, on a clock of the test's: expiry, a revocation racing a lookup, and turning it off. */
@DatabaseIndependent
class VerifiedTokensCacheTest {

    private static final TokenService.Holder EDITOR = new TokenService.Holder("migration", Role.EDITOR);

    private Instant now = Instant.parse("2026-12-07T00:00:00Z");
    private final InstantSource clock = () -> now;

    @Test
    void keepsAVerifiedTokenForItsTimeToLive() {
        VerifiedTokens verified = new VerifiedTokens(ttl(Duration.ofSeconds(5)), clock);
        verified.remember("h", EDITOR, verified.revocationsSeen());
        now = now.plusMillis(4_999);
        assertEquals(Optional.of(EDITOR), verified.holderOf("h"));
        now = now.plusMillis(1);
        assertTrue(verified.holderOf("h").isEmpty());
    }

    @Test
    void aRevocationForgetsEveryTokenAndALookupThatStartedBeforeItIsNotKept() {
        VerifiedTokens verified = new VerifiedTokens(ttl(Duration.ofSeconds(5)), clock);
        verified.remember("kept", EDITOR, verified.revocationsSeen());
        long before = verified.revocationsSeen();
        verified.revoked(new TokenRevoked(1));
        assertTrue(verified.holderOf("kept").isEmpty());
        verified.remember("read-before", EDITOR, before);
        assertTrue(verified.holderOf("read-before").isEmpty());
        verified.remember("read-after", EDITOR, verified.revocationsSeen());
        assertEquals(Optional.of(EDITOR), verified.holderOf("read-after"));
    }

    @Test
    void zeroTurnsItOffAndANegativeTimeIsRefused() {
        VerifiedTokens off = new VerifiedTokens(ttl(Duration.ZERO), clock);
        off.remember("h", EDITOR, off.revocationsSeen());
        assertTrue(off.holderOf("h").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(ttl(Duration.ofSeconds(-1)), clock));
    }

    private static AuthConfig ttl(Duration ttl) {
        return new AuthConfig() {
            @Override
            public Optional<String> adminToken() {
                return Optional.empty();
            }

            @Override
            public Duration verifiedTokenTtl() {
                return ttl;
            }

            @Override
            public FailedAttempts failedAttempts() {
                throw new UnsupportedOperationException("not used by VerifiedTokens");
            }
        };
    }
}
