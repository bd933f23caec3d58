package dev.inkstone.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.content.ChangeLogRepository;
import dev.inkstone.content.ChangeType;

/**
 * The position a sync client keeps between calls ({@code nextSince}), opaque to it. A sync round walks the change
 * log after a position, then the posts whose scheduled time came in the window (from, to] (see {@link SyncService});
 * the token says which walk it is in and where.
 *
 * @param epoch  the change log it belongs to (change_counter.epoch)
 * @param drafts whether it was issued to a caller who reads drafts: the other kind of caller cannot continue it
 * @param phase  which walk
 * @param seq    log position: the last row served, in (seq, type, id) order; -1 before the first row
 * @param type   log position: the row's type, "" before the first row
 * @param id     log position: the row's id
 * @param from   the start of the first sync, or the end of the previous round's window
 * @param to     the end of this round's window (phase DUE)
 * @param dueAt  window position: visibleAt of the last post served (phase DUE)
 * @param dueId  window position: id of the last post served
 */
record SyncToken(long epoch, boolean drafts, Phase phase, long seq, String type, long id, Instant from, Instant to,
        Instant dueAt, long dueId) {

    /** Which walk a token is in. */
    enum Phase {
        /** The first sync: the log's live rows only, nothing to delete on a client that has nothing. */
        FIRST,
        /** A later round's walk of the log, tombstones included. */
        LOG,
        /** A round's walk of the posts whose time came in (from, to]. */
        DUE
    }

    private static final int MAX_LENGTH = 300;
    /** 9999-12-31T23:59:59.999Z: times beyond it are no time a database column holds. */
    private static final long MAX_MILLIS = 253_402_300_799_999L;
    private static final String INVALID = "since is not a token this API issued; start again without since";

    /** The token of a first sync starting now. */
    static SyncToken first(long epoch, boolean drafts, Instant now) {
        return new SyncToken(epoch, drafts, Phase.FIRST, -1, "", 0, now, now, now, 0);
    }

    /** The same walk, moved past a log row. */
    SyncToken afterRow(long rowSeq, ChangeType rowType, long rowId) {
        return new SyncToken(epoch, drafts, phase, rowSeq, rowType.wireName(), rowId, from, to, dueAt, dueId);
    }

    /** The walk of the window from {@code from} to now; the start of the window is exclusive, hence the max id. */
    SyncToken dueUntil(Instant now) {
        Instant end = now.isBefore(from) ? from : now;
        return new SyncToken(epoch, drafts, Phase.DUE, seq, type, id, from, end, from, Long.MAX_VALUE);
    }

    /** The same window walk, moved past a post. */
    SyncToken afterDue(Instant visibleAt, long postId) {
        return new SyncToken(epoch, drafts, phase, seq, type, id, from, to, visibleAt, postId);
    }

    /** The token of a finished round: the next one starts at this log position, its window at {@code time}. */
    SyncToken caughtUp(Instant time) {
        return new SyncToken(epoch, drafts, Phase.LOG, seq, type, id, time, time, time, 0);
    }

    /** Short, URL-safe text: fields joined by dots, numbers in base 36, then Base64url. */
    String encode() {
        String raw = String.join(".", "1", number(epoch), drafts ? "d" : "p", phase.name().substring(0, 1),
                number(seq), type.isEmpty() ? "-" : letter(type), number(id), number(from.toEpochMilli()),
                number(to.toEpochMilli()), number(dueAt.toEpochMilli()), number(dueId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Parses a token; anything this class did not write is a 400 naming {@code since}, never a 500. */
    static SyncToken decode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw invalid(INVALID);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII)
                    .split("\\.", -1);
            if (parts.length != 11 || !parts[0].equals("1") || !(parts[2].equals("d") || parts[2].equals("p"))) {
                throw invalid(INVALID);
            }
            Phase phase = phase(parts[3]);
            String type = type(parts[5]);
            long seq = number(parts[4]);
            long id = number(parts[6]);
            long dueId = number(parts[10]);
            if (phase == null || type == null || seq < -1 || id < 0 || dueId < 0) {
                throw invalid(INVALID);
            }
            return new SyncToken(number(parts[1]), parts[2].equals("d"), phase, seq, type, id, instant(parts[7]),
                    instant(parts[8]), instant(parts[9]), dueId);
        } catch (IllegalArgumentException e) {
            // Bad Base64 or a number that is none: a token we did not write.
            throw invalid(INVALID);
        }
    }

    /** Refuses a token this server cannot continue, or that the caller may not. */
    void checkUsableBy(ChangeLogRepository.Counter counter, boolean callerReadsDrafts) {
        if (epoch != counter.epoch() || seq > counter.seq()) {
            throw invalid("since belongs to another change log (the database was recreated or restored); "
                    + "start again without since");
        }
        if (drafts != callerReadsDrafts) {
            throw invalid(drafts ? "since was issued to a token that reads drafts; continue with such a token, "
                    + "or start again without since" : "since was issued without a token that reads drafts; "
                    + "start again without since to receive drafts");
        }
    }

    private static Phase phase(String letter) {
        for (Phase phase : Phase.values()) {
            if (phase.name().substring(0, 1).equals(letter)) {
                return phase;
            }
        }
        return null;
    }

    /**
     * The letter a type name is written as in a token: its first, except for page, whose first letter post has
     * (tokens issued before pages existed keep their meaning).
     */
    private static String letter(String type) {
        return type.equals(ChangeType.PAGE.wireName()) ? "g" : type.substring(0, 1);
    }

    /** The type name a letter stands for, "" for none, null for a letter that is no type. */
    private static String type(String letter) {
        if (letter.equals("-")) {
            return "";
        }
        for (ChangeType type : ChangeType.values()) {
            if (letter(type.wireName()).equals(letter)) {
                return type.wireName();
            }
        }
        return null;
    }

    private static String number(long value) {
        return Long.toString(value, 36);
    }

    private static long number(String text) {
        return Long.parseLong(text, 36);
    }

    private static Instant instant(String text) {
        long millis = number(text);
        if (millis < 0 || millis > MAX_MILLIS) {
            throw invalid(INVALID);
        }
        return Instant.ofEpochMilli(millis);
    }

    private static ApiException invalid(String message) {
        return ApiException.badParameter("since", message);
    }
}
