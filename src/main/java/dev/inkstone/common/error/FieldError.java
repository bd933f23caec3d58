package dev.inkstone.common.error;

/** One offending field of a request, as listed in a problem's {@code errors}: a JSON path or a parameter name. */
public record FieldError(String field, String message) {
}
