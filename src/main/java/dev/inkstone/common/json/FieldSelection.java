package dev.inkstone.common.json;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.inkstone.common.error.ApiException;

/**
 * A comma-separated list of names from a fixed set, as {@code fields=} and {@code include=} take them. Unknown
 * names are a 400 naming the parameter: a typo must not silently return something else.
 */
public record FieldSelection(Set<String> names) {

    private static final FieldSelection ALL = new FieldSelection(null);

    /** Parses {@code raw}; absent or empty means no selection ({@link #isAll()}). */
    public static FieldSelection parse(String raw, List<String> allowed, String parameter) {
        if (raw == null || raw.isBlank()) {
            return ALL;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!allowed.contains(name)) {
                throw ApiException.badParameter(parameter, parameter + " takes a comma-separated list of "
                        + String.join(", ", allowed) + "; '" + truncate(name) + "' is not one of them");
            }
            names.add(name);
        }
        return names.isEmpty() ? ALL : new FieldSelection(Set.copyOf(names));
    }

    public boolean isAll() {
        return names == null;
    }

    public boolean has(String name) {
        return names != null && names.contains(name);
    }

    private static String truncate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
