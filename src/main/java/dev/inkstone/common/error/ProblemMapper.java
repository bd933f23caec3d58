package dev.inkstone.common.error;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import dev.inkstone.common.http.AllowedMethods;

/** The one place that turns every failure into an RFC 9457 problem; nothing else writes error bodies. */
public class ProblemMapper {

    private final AllowedMethods allowedMethods;

    ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder response = build(e.status(), "/problems/" + e.type(), e.title(), e.getMessage(),
                e.errors().isEmpty() ? null : e.errors(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    /** A token that failed authentication, or an address refused for failing too often (TooManyAttempts). */
    @ServerExceptionMapper
    public Response authentication(AuthenticationFailedException e, UriInfo uri) {
        Long retryAfter = TooManyAttempts.retryAfterSeconds(e);
        if (retryAfter != null) {
            return api(new ApiException(429, "too-many-attempts", "Too Many Requests", e.getMessage(), null,
                    Map.of("Retry-After", retryAfter.toString())), uri);
        }
        return api(ApiException.unauthorized(e.getMessage() == null ? "The bearer token is not valid"
                : e.getMessage()), uri);
    }

    /** An anonymous request to an operation that declares the roles it needs. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return api(ApiException.unauthorized("This request needs a bearer token"), uri);
    }

    /** A token whose role is not among those the operation declares. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, SimpleResourceInfo resource) {
        String role = neededRole(resource);
        return api(ApiException.forbidden(role == null ? "This token's role does not allow this request"
                : "This request needs a token with the " + role + " role"), uri);
    }

    /** The role the operation's {@code @RolesAllowed} names first, the lowest one by convention. */
    private static String neededRole(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        try {
            RolesAllowed allowed = resource.getResourceClass()
                    .getMethod(resource.getMethodName(), resource.parameterTypes()).getAnnotation(RolesAllowed.class);
            if (allowed == null) {
                allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            }
            return allowed == null || allowed.value().length == 0 ? null : allowed.value()[0];
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        boolean bodyContent = false;
        boolean returnValue = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            FieldPath path = FieldPath.of(violation.getPropertyPath(), violation.getRootBeanClass());
            returnValue |= path.returnValue();
            bodyContent |= path.insideBody();
            // A missing body is reported as the body, not as the Java parameter that would have held it.
            boolean noBody = path.name().equals("body") && !path.insideBody()
                    && violation.getConstraintDescriptor().getAnnotation() instanceof NotNull;
            errors.add(new FieldError(path.name(), noBody ? "a JSON body is required" : violation.getMessage()));
        }
        if (returnValue) {
            return unexpected(e, uri, null);
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        // A body that parsed but breaks the rules is 422; a bad parameter or a missing body is malformed: 400.
        if (bodyContent) {
            return build(422, "/problems/invalid-content", "Unprocessable Content",
                    "The request body has invalid fields", errors, uri).build();
        }
        return build(400, "/problems/invalid-parameter", "Bad Request", "The request has invalid parameters",
                errors, uri).build();
    }

    // Quarkus ships mappers for these Jackson subtypes; naming them here makes ours the more specific match.
    @ServerExceptionMapper({ JsonParseException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class, StreamConstraintsException.class,
            JsonMappingException.class, JsonProcessingException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : null;
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException format) {
            message = "cannot read " + describe(format.getValue()) + " as " + simpleName(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch) {
            message = mismatch.getTargetType() == null ? "malformed value"
                    : "expected " + simpleName(mismatch.getTargetType());
        } else if (e instanceof JsonMappingException && e.getCause() instanceof IllegalArgumentException refused) {
            // A creator refused the value (an unknown enum name): its message says what is allowed.
            message = refused.getMessage();
        } else if (e instanceof JsonMappingException && !(e.getCause() instanceof JsonParseException)) {
            message = "invalid value";
        } else {
            field = null;
            message = "the body is not valid JSON: " + e.getOriginalMessage();
        }
        List<FieldError> errors = field == null ? null : List.of(new FieldError(field, message));
        return build(400, "/problems/malformed-body", "Bad Request", message, errors, uri).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, null);
        }
        // The JSON reader wraps some Jackson failures (a creator refusing a value) in a bare 400.
        if (status == 400 && find(e, JsonProcessingException.class) instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        Response.ResponseBuilder response = build(status, "about:blank", reason(status), httpDetail(status, e), null,
                uri);
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            allow = allow != null ? allow : allowedMethods.allowFor(uri.getPath());
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        Throwable constraint = find(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null) {
            return constraint((org.hibernate.exception.ConstraintViolationException) constraint, uri);
        }
        if (find(e, DataException.class) != null) {
            // Field sizes are validated up front; this is the database's own guard for derived values.
            return build(422, "/problems/invalid-content", "Unprocessable Content",
                    "A value is too long or malformed for where it is stored", null, uri).build();
        }
        if (find(e, OptimisticLockException.class) != null || find(e, StaleStateException.class) != null) {
            return concurrentChange(uri, headers);
        }
        if (isDatabaseDown(e)) {
            Log.warnf("Database unreachable: %s", e.toString());
            return build(503, Problem.DATABASE_UNAVAILABLE, "Service Unavailable",
                    "The database cannot be reached; try again shortly", null, uri).header("Retry-After", "5")
                    .build();
        }
        if (find(e, JsonProcessingException.class) instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String id = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure %s on %s", id, uri.getPath());
        return build(500, "/problems/internal-error", "Internal Server Error",
                "An unexpected error occurred; quote " + id + " when reporting it", null, uri).build();
    }

    /**
     * Another writer committed between this request's precondition check and its own commit (the entity's version
     * moved). A request that carried If-Match asked for exactly that condition, so it gets the 412 a later check would
     * have given; without one it is a plain conflict. An expected outcome of concurrency, so one line, no trace.
     */
    private static Response concurrentChange(UriInfo uri, HttpHeaders headers) {
        boolean conditional = headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        Log.infof("Concurrent change of %s: answered %d", uri == null ? "?" : uri.getPath(), conditional ? 412 : 409);
        if (conditional) {
            return build(412, "/problems/precondition-failed", "Precondition Failed",
                    "If-Match does not match the current ETag: another request changed the resource at the same "
                            + "time; read it again and reapply the change", null, uri).build();
        }
        return build(409, "/problems/concurrent-change", "Conflict",
                "The resource was changed by another request at the same time; read it again and retry", null, uri)
                .build();
    }

    private Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase();
        ConstraintProblem problem = ConstraintProblem.of(name);
        return build(409, "/problems/" + problem.type(), "Conflict", problem.detail(),
                problem.field() == null ? null : List.of(new FieldError(problem.field(), problem.detail())), uri)
                .build();
    }

    private static boolean isDatabaseDown(Throwable e) {
        return DatabaseOutage.causedBy(e);
    }

    static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    static Response.ResponseBuilder build(int status, String type, String title, String detail,
            List<FieldError> errors, UriInfo uri) {
        Problem body = new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String httpDetail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This path does not support the method";
            case 406 -> "The resource cannot be represented in an accepted media type; ask for application/json";
            case 415 -> "The request body must be sent with a supported Content-Type, e.g. application/json";
            case 413 -> "The request body is too large";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? reason(status) : e.getMessage();
        };
    }

    static String reason(int status) {
        if (status == 413) {
            return "Content Too Large"; // RFC 9110's name; the JAX-RS constant keeps the old one
        }
        if (status == 414) {
            return "URI Too Long"; // likewise
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase();
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 timestamp with offset, e.g. 2026-01-13T08:00:00Z";
        }
        return "an object";
    }

    /** Where a bean-validation violation sits: which field, and whether it is inside the request body. */
    private record FieldPath(String name, boolean insideBody, boolean returnValue) {

        static FieldPath of(Path path, Class<?> resource) {
            StringBuilder name = new StringBuilder();
            String parameter = null;
            Path.MethodNode method = null;
            boolean inside = false;
            boolean returnValue = false;
            for (Path.Node node : path) {
                ElementKind kind = node.getKind();
                if (kind == ElementKind.METHOD) {
                    method = node.as(Path.MethodNode.class);
                    continue;
                }
                if (kind == ElementKind.RETURN_VALUE) {
                    returnValue = true;
                    continue;
                }
                if (kind == ElementKind.PARAMETER) {
                    int index = node.as(Path.ParameterNode.class).getParameterIndex();
                    parameter = method != null && isBody(resource, method, index) ? "body" : node.getName();
                    continue;
                }
                inside = true;
                if (node.getIndex() != null && !name.isEmpty() && kind == ElementKind.CONTAINER_ELEMENT) {
                    name.append('[').append(node.getIndex()).append(']');
                    continue;
                }
                // A property of a list element carries the element's index, which belongs to the list before it:
                // navigation[2].label, not navigation.label[2].
                boolean ofElement = node.isInIterable() && node.getIndex() != null && !name.isEmpty()
                        && kind == ElementKind.PROPERTY;
                if (ofElement) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(node.getName());
                }
                if (node.getIndex() != null && !ofElement) {
                    name.append('[').append(node.getIndex()).append(']');
                }
            }
            String field = !name.isEmpty() ? name.toString() : parameter == null ? "body" : parameter;
            return new FieldPath(field, inside, returnValue);
        }

        /** A resource method's parameter without a JAX-RS or RESTEasy source annotation is the request body. */
        private static boolean isBody(Class<?> resource, Path.MethodNode method, int index) {
            Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
            for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
                try {
                    Method declared = type.getDeclaredMethod(method.getName(), types);
                    for (Annotation annotation : declared.getParameterAnnotations()[index]) {
                        String name = annotation.annotationType().getName();
                        if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                            return false;
                        }
                    }
                    return true;
                } catch (NoSuchMethodException e) {
                    // declared higher up
                }
            }
            return false;
        }
    }
}
