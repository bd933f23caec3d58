package dev.inkstone.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The RFC 9457 problem details body every error response carries. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The type of the 503 a request gets when the database is unreachable (ProblemMapper). */
    public static final String DATABASE_UNAVAILABLE = "/problems/database-unavailable";
}
