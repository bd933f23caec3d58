package dev.inkstone.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.content.ChangeLogRepository;
import dev.inkstone.content.ChangeType;

@DatabaseIndependent
class SyncTokenTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:12:40.031Z");
    private static final ChangeLogRepository.Counter COUNTER = new ChangeLogRepository.Counter(57, 1_768_361_557_728L);

    @Test
    void roundTripsEveryPhase() {
        SyncToken first = SyncToken.first(COUNTER.epoch(), false, NOW);
        SyncToken log = first.afterRow(57, ChangeType.CATEGORY, 9).caughtUp(NOW);
        SyncToken due = log.dueUntil(NOW.plusSeconds(60)).afterDue(NOW.plusSeconds(30), 42);
        for (SyncToken token : new SyncToken[] { first, log, due }) {
            assertEquals(token, SyncToken.decode(token.encode()));
            assertTrue(token.encode().matches("[A-Za-z0-9_-]+"), "URL-safe without escaping");
        }
        assertEquals(SyncToken.Phase.DUE, due.phase());
        assertEquals("category", due.type());
    }

    @Test
    void windowNeverEndsBeforeItStarts() {
        SyncToken token = SyncToken.first(1, true, NOW).caughtUp(NOW).dueUntil(NOW.minusSeconds(5));
        assertEquals(NOW, token.to(), "a clock that went back gives an empty window, not a negative one");
    }

    @ParameterizedTest
    @ValueSource(strings = { "x", "not a token", "%%%", "MS4y", "eyJzZXEiOjF9",
            // well-formed Base64 of wrong contents: a version, phase, type or number that is none
            "2.1.p.L.1.p.1.1.1.1.0", "1.1.x.L.1.p.1.1.1.1.0", "1.1.p.Q.1.p.1.1.1.1.0", "1.1.p.L.1.z.1.1.1.1.0",
            "1.1.p.L.1.p.-5.1.1.1.0", "1.1.p.L.-2.p.1.1.1.1.0", "1.1.p.L.1.p.1.1.1.1",
            "1.1.p.L.1.p.1.zzzzzzzzzz.1.1.0",
            "1.1.p.L.1.p.1.-1.1.1.0", "1.1.p.L.1.p.1.1.1.1.0.", "1.1.p.L.1.p.1.1.1.1.1ä" })
    void refusesWhatItDidNotWriteWith400NamingSince(String text) {
        String token = text.contains(".") ? base64(text) : text;
        ApiException e = assertThrows(ApiException.class, () -> SyncToken.decode(token));
        assertEquals(400, e.status());
        assertEquals("since", e.errors().get(0).field());
    }

    @Test
    void refusesOverlongTokens() {
        ApiException e = assertThrows(ApiException.class, () -> SyncToken.decode("A".repeat(301)));
        assertEquals("since", e.errors().get(0).field());
    }

    @Test
    void refusesTokensOfAnotherLogOrAnotherKindOfCaller() {
        SyncToken token = SyncToken.first(COUNTER.epoch(), false, NOW).afterRow(57, ChangeType.POST, 1);
        token.checkUsableBy(COUNTER, false);
        assertThrows(ApiException.class, () -> token.checkUsableBy(new ChangeLogRepository.Counter(57, 1), false));
        ChangeLogRepository.Counter behind = new ChangeLogRepository.Counter(56, COUNTER.epoch());
        assertThrows(ApiException.class, () -> token.checkUsableBy(behind, false), "ahead of the log: a restore");
        ApiException e = assertThrows(ApiException.class, () -> token.checkUsableBy(COUNTER, true));
        assertEquals("since", e.errors().get(0).field());
    }

    private static String base64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
