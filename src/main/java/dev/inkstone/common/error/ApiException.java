package dev.inkstone.common.error;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on. {@code type} is a short name published as {@code /problems/<type>};
 * {@code headers} carry what the status needs (Retry-After, WWW-Authenticate).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not Found", detail, null, null);
    }

    public static ApiException conflict(String type, String detail, String field) {
        return new ApiException(409, type, "Conflict", detail, fieldList(field, detail), null);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(422, "invalid-content", "Unprocessable Content", message,
                List.of(new FieldError(field, message)), null);
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "invalid-parameter", "Bad Request", message,
                List.of(new FieldError(parameter, message)), null);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail, null,
                Map.of("WWW-Authenticate", "Bearer realm=\"inkstone\""));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail, null, null);
    }

    private static List<FieldError> fieldList(String field, String message) {
        return field == null ? List.of() : List.of(new FieldError(field, message));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
