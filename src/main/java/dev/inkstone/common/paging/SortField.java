package dev.inkstone.common.paging;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * A field a list can be sorted by: its public name, the entity attribute behind it, and how to read and write
 * its value in a cursor. Ties are always broken by id, so every sort is a total order and keyset paging is exact.
 */
public record SortField<E>(String name, String attribute, Class<?> type, Function<E, Object> value) {

    /** The cursor form of the value of this field on an entity. */
    String write(E entity) {
        Object v = value.apply(entity);
        return v == null ? null : v.toString();
    }

    /** Parses a cursor value back to the attribute's type; null when the text cannot be one. */
    Object read(String text) {
        try {
            if (type == Instant.class) {
                return Instant.parse(text);
            }
            if (type == Long.class) {
                return Long.valueOf(text);
            }
            if (type == Integer.class) {
                return Integer.valueOf(text);
            }
            return text;
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
