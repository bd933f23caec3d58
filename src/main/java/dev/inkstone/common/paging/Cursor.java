package dev.inkstone.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.inkstone.common.error.ApiException;

/**
 * An opaque keyset position: the sort it belongs to, the sort value and the id of the last item served. Because it
 * names a row's values rather than an offset, it keeps working while posts are added or removed.
 */
public record Cursor(String sort, String value, long id) {

    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String raw = sort + SEPARATOR + (value == null ? "" : value) + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int first = raw.indexOf(SEPARATOR);
            int last = raw.lastIndexOf(SEPARATOR);
            if (first < 0 || last == first) {
                throw invalid();
            }
            return new Cursor(raw.substring(0, first), raw.substring(first + 1, last),
                    Long.parseLong(raw.substring(last + 1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The keyset value as the sort field's type; a cursor of another sort is refused. */
    public <E> Object valueFor(Sort<E> sort) {
        if (!sort.wire().equals(this.sort)) {
            throw ApiException.badParameter("cursor", "this cursor belongs to sort=" + this.sort
                    + "; keep the sort of the list it came from");
        }
        if (sort.field().attribute().equals("id")) {
            return id;
        }
        Object typed = sort.field().read(value);
        if (typed == null) {
            throw invalid();
        }
        return typed;
    }

    static ApiException invalid() {
        return ApiException.badParameter("cursor", "cursor is not one this API issued; start again without it");
    }
}
