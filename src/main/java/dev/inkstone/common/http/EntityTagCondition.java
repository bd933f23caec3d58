package dev.inkstone.common.http;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed If-Match or If-None-Match field (RFC 9110 §13.1.1, §13.1.2): {@code *}, or a list of entity tags.
 * Parsing is lenient in one safe direction: an element that is not a well-formed entity tag is dropped and so
 * matches nothing. A garbage If-None-Match therefore gets a full 200 and a garbage If-Match a 412; neither can
 * serve a stale copy or let a write through, and neither is a 500.
 */
public record EntityTagCondition(boolean any, List<String> tags) {

    private static final EntityTagCondition ANY = new EntityTagCondition(true, List.of());

    /** The condition a request's field lines state, or null when it has none. */
    public static EntityTagCondition parse(List<String> fieldLines) {
        if (fieldLines == null || fieldLines.isEmpty()) {
            return null;
        }
        // Several field lines are one comma-separated list (RFC 9110 §5.3).
        String value = String.join(",", fieldLines).strip();
        if (value.equals("*")) {
            return ANY;
        }
        List<String> tags = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int end = tagEnd(value, i);
            if (end > 0) {
                tags.add(value.substring(i, end));
                i = end;
            } else {
                int comma = value.indexOf(',', i);
                i = comma < 0 ? n : comma + 1;
            }
        }
        return new EntityTagCondition(false, List.copyOf(tags));
    }

    /** Strong comparison, for If-Match: both tags strong and the same characters. */
    boolean matchesStrongly(String current) {
        if (isWeak(current)) {
            return false;
        }
        for (String tag : tags) {
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** Weak comparison, for If-None-Match: the opaque tags are the same, whether either is marked weak. */
    public boolean matchesWeakly(String current) {
        String opaque = opaque(current);
        for (String tag : tags) {
            if (opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** Index after the entity-tag starting at {@code start}, or -1 when none starts there. */
    private static int tagEnd(String value, int start) {
        int quote = value.startsWith("W/", start) ? start + 2 : start;
        if (quote >= value.length() || value.charAt(quote) != '"') {
            return -1;
        }
        int end = quote + 1;
        while (end < value.length() && isEtagc(value.charAt(end))) {
            end++;
        }
        if (end >= value.length() || value.charAt(end) != '"') {
            return -1;
        }
        end++;
        // The tag must end its list element; '"a"b' is one malformed element, not the tag "a".
        if (end < value.length() && ",\t ".indexOf(value.charAt(end)) < 0) {
            return -1;
        }
        return end;
    }

    /** etagc = %x21 / %x23-7E / obs-text: any visible character but the double quote. */
    private static boolean isEtagc(char c) {
        return c == 0x21 || c >= 0x23 && c != 0x7F;
    }

    private static boolean isWeak(String tag) {
        return tag.startsWith("W/");
    }

    private static String opaque(String tag) {
        return isWeak(tag) ? tag.substring(2) : tag;
    }
}
