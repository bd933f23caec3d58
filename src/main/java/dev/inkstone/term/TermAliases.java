package dev.inkstone.term;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A tag's or category's aliases as stored: one name per line in a single column, so the list needs no table and no
 * join, and is read with the row. Input lists are stripped, blank and repeated names dropped, order kept.
 */
public final class TermAliases {

    /** Ten names of up to 100 characters, with their line breaks, fit the column (1,100 characters). */
    public static final int MAX = 10;

    private TermAliases() {
    }

    /** The column value for these names; null when there are none. */
    public static String join(List<String> aliases) {
        if (aliases == null) {
            return null;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank()) {
                kept.add(alias.strip());
            }
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    /** The names in a column value; empty for null. */
    public static List<String> split(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new ArrayList<>(List.of(stored.split("\n"))));
    }
}
