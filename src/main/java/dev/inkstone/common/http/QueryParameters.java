package dev.inkstone.common.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import dev.inkstone.common.error.ApiException;

/** Parsing of query parameters that several lists share, with the same 400 answers everywhere. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The values of a parameter given repeated or comma-separated ({@code tag=a&tag=b} or {@code tag=a,b}), stripped,
     * without blanks or repeats, in order; more than {@code max} is a 400 naming the parameter.
     */
    public static List<String> list(String parameter, List<String> raw, int max) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        if (raw != null) {
            for (String value : raw) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        if (values.size() > max) {
            throw ApiException.badParameter(parameter, "at most " + max + " " + parameter + "s in one filter");
        }
        return new ArrayList<>(values);
    }

    /** An ISO-8601 timestamp with offset, or null when absent; anything else is a 400 naming the parameter. */
    public static Instant instant(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(parameter, parameter + " must be an ISO-8601 timestamp with offset, "
                    + "e.g. 2026-01-13T08:00:00Z");
        }
    }
}
