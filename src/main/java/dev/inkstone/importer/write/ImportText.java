package dev.inkstone.importer.write;

import java.util.List;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.hash.Sha256;
import dev.inkstone.common.validation.CleanTextValidator;

/** Text as the importer stores it: cleaned of what the API refuses, cut to the columns, keys bounded. */
public final class ImportText {

    private static final int MAX_KEY = 1000;

    private ImportText() {
    }

    /** A source key that fits its column: a long one keeps its start and a hash of the whole. */
    static String key(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, 900) + "#" + Sha256.hex(key);
    }

    /**
     * The text without what the API refuses (control characters, lone surrogates, non-characters): exports carry
     * them (a form feed pasted into a post, a tab in a title), and one stray character must not lose a post.
     * Single-line text gets spaces for line breaks and tabs.
     */
    static String clean(String text, boolean multiline) {
        if (text == null || CleanTextValidator.isClean(text, multiline)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(multiline ? c : ' ');
            } else if (!(Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c < 0x20
                    || (c >= 0x7F && c <= 0x9F))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Null for blank text, else stripped and cut. */
    static String trimmed(String text, int max) {
        return text == null || text.isBlank() ? null : cut(text.strip(), max);
    }

    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A reader's notes on an item as one report reason. */
    static String notes(List<String> notes) {
        return notes == null ? "" : String.join("; ", notes);
    }

    /** Why the API refused an item, with the offending field, for its report line. */
    static String describe(ApiException e) {
        String detail = e.getMessage() == null ? e.title() : e.getMessage();
        if (!e.errors().isEmpty() && !detail.contains(e.errors().get(0).message())) {
            detail += ": " + e.errors().get(0).field() + " " + e.errors().get(0).message();
        } else if (!e.errors().isEmpty()) {
            detail = e.errors().get(0).field() + ": " + detail;
        }
        return detail;
    }
}
