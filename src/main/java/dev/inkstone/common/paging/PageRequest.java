package dev.inkstone.common.paging;

import dev.inkstone.common.error.ApiException;

/**
 * A validated {@code page}/{@code perPage}/{@code cursor} triple: page paging, or keyset paging when a cursor is
 * given. perPage over the maximum is refused, never silently cut.
 */
public record PageRequest(Integer number, int perPage, Cursor cursor) {

    public static final int DEFAULT_PER_PAGE = 10;
    public static final int MAX_PER_PAGE = 100;
    /** Offsets past this are refused: deep offset paging is what cursors are for. */
    public static final int MAX_PAGE = 100_000;

    /** Parses the raw query values so that a bad one is a 400 naming the parameter. */
    public static PageRequest parse(String page, String perPage, String cursor) {
        int size = parse("perPage", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        if (cursor != null && !cursor.isEmpty()) {
            if (page != null && !page.isEmpty()) {
                throw ApiException.badParameter("page", "use either page or cursor, not both");
            }
            return new PageRequest(null, size, Cursor.decode(cursor));
        }
        return new PageRequest(parse("page", page, 1, MAX_PAGE, 1), size, null);
    }

    public static PageRequest parse(String page, String perPage) {
        return parse(page, perPage, null);
    }

    private static int parse(String name, String raw, int min, int max, int fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a whole number from " + min + " to " + max);
        }
        if (value < min || value > max) {
            throw ApiException.badParameter(name, name + " must be from " + min + " to " + max);
        }
        return value;
    }

    public boolean keyset() {
        return cursor != null;
    }

    public int offset() {
        return keyset() ? 0 : (number - 1) * perPage;
    }
}
