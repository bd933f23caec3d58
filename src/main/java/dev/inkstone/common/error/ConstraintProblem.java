package dev.inkstone.common.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a violated database constraint means to the client. Constraints are named by convention
 * ({@code uq_<table>_<column>}, {@code fk_<table>_<column>}), so the name alone says which field clashed.
 */
record ConstraintProblem(String type, String detail, String field) {

    // The column is the last word of the name: every constraint the API can trip ends in a one-word column (slug).
    private static final Pattern UNIQUE = Pattern.compile("uq_([a-z_]+)_([a-z]+)");
    private static final Pattern FOREIGN = Pattern.compile("fk_([a-z_]+)_([a-z]+)");

    static ConstraintProblem of(String constraintName) {
        Matcher unique = UNIQUE.matcher(constraintName);
        if (unique.find()) {
            String table = unique.group(1).replace('_', ' ');
            String column = unique.group(2);
            return new ConstraintProblem("duplicate-" + column, "Another " + table + " already has this " + column,
                    column);
        }
        if (FOREIGN.matcher(constraintName).find()) {
            return new ConstraintProblem("in-use",
                    "The resource is referenced by other content, or refers to content that does not exist", null);
        }
        return new ConstraintProblem("constraint-violation", "The change conflicts with existing content", null);
    }
}
