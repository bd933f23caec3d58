package dev.inkstone.common.paging;

import java.util.List;

import dev.inkstone.common.error.ApiException;

/**
 * A validated {@code sort} parameter: one documented field, "-" for descending, ties broken by id (the field named
 * "id", which every list documents).
 */
public record Sort<E>(SortField<E> field, boolean descending, SortField<E> idField) {

    /**
     * Parses {@code sort=-publishedAt} style values against the fields a list documents. Without one, a cursor
     * request keeps the sort its cursor was issued for, anything else gets {@code fallback}.
     */
    public static <E> Sort<E> parse(String raw, PageRequest request, List<SortField<E>> allowed, String fallback) {
        boolean given = raw != null && !raw.isBlank();
        String text = given ? raw.strip() : request.keyset() ? request.cursor().sort() : fallback;
        boolean descending = text.startsWith("-");
        String name = descending || text.startsWith("+") ? text.substring(1) : text;
        SortField<E> id = allowed.stream().filter(f -> f.name().equals("id")).findFirst().orElseThrow();
        for (SortField<E> field : allowed) {
            if (field.name().equals(name)) {
                return new Sort<>(field, descending, id);
            }
        }
        throw ApiException.badParameter("sort", "sort must be one of " + names(allowed)
                + ", optionally prefixed with '-' for descending");
    }

    /** The wire form, as carried in cursors and links. */
    public String wire() {
        return (descending ? "-" : "") + field.name();
    }

    /** ORDER BY for entity alias {@code e}. */
    public String orderBy() {
        String direction = descending ? " desc" : " asc";
        return "e." + field.attribute() + direction + ", e.id" + direction;
    }

    /** The keyset condition "after the cursor's row", with parameters {@code kv} and {@code kid}. */
    public String after() {
        String op = descending ? " < " : " > ";
        String attribute = "e." + field.attribute();
        if (field.attribute().equals("id")) {
            return "e.id" + op + ":kid";
        }
        return "(" + attribute + op + ":kv or (" + attribute + " = :kv and e.id" + op + ":kid))";
    }

    private static String names(List<? extends SortField<?>> fields) {
        return String.join(", ", fields.stream().map(SortField::name).toList());
    }
}
