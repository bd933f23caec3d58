package dev.inkstone.common.json;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.inkstone.common.error.ApiException;

/**
 * Applies an RFC 7396 JSON merge patch to the current input of a resource and validates the result as a whole,
 * so a PATCH obeys exactly the rules of a PUT.
 */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * Parses a PATCH body; it must be a JSON object (a merge patch that is not one would replace the resource).
     * Read from bytes so that JSON's UTF-8 applies whatever charset the Content-Type names or omits.
     */
    public ObjectNode parse(byte[] body) {
        JsonNode patch;
        try {
            patch = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            throw new ApiException(400, "malformed-body", "Bad Request", "the body is not valid JSON", null, null);
        }
        if (patch == null || !patch.isObject()) {
            throw new ApiException(400, "malformed-body", "Bad Request",
                    "a merge patch must be a JSON object", null, null);
        }
        return (ObjectNode) patch;
    }

    public <T> T apply(T current, ObjectNode patch, Class<T> type) {
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T result;
        try {
            result = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            // Unknown fields and wrong types: the same 400 a PUT gets, via the one error mapper.
            throw new JsonPatchException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** Carries a Jackson failure out of {@link #apply} unchanged in meaning. */
    public static final class JsonPatchException extends RuntimeException {
        JsonPatchException(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }
    }
}
