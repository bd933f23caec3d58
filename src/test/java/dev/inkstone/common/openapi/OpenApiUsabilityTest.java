package dev.inkstone.common.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.common.DatabaseIndependent;

/**
 * The committed document is usable by a typed client, not only in sync with the code (OpenApiDocumentTest): every
 * answer with a body says what it is, every operation can be named and grouped, and a merge patch can be one field.
 */
@DatabaseIndependent
class OpenApiUsabilityTest {

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
    }

    @Test
    void everySuccessWithABodyDeclaresItsSchema() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, op) -> op.get("responses").properties().forEach(response -> {
            String status = response.getKey();
            if (!status.startsWith("2") || status.equals("204")) {
                return;
            }
            JsonNode content = resolve(response.getValue()).get("content");
            if (content == null || content.isEmpty()) {
                problems.add(name + " " + status + " declares no content");
                return;
            }
            content.properties().forEach(media -> {
                JsonNode schema = media.getValue().get("schema");
                if (schema == null || schema.isEmpty()) {
                    problems.add(name + " " + status + " " + media.getKey() + " has no schema");
                }
            });
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyOperationHasAnOperationIdASummaryAndATag() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, op) -> {
            for (String field : List.of("operationId", "summary")) {
                if (!op.hasNonNull(field) || op.get(field).asText().isBlank()) {
                    problems.add(name + " has no " + field);
                }
            }
            if (op.get("tags") == null || op.get("tags").isEmpty()) {
                problems.add(name + " has no tag");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void mergePatchBodiesRequireNothing() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, op) -> {
            JsonNode media = op.path("requestBody").path("content").path("application/merge-patch+json");
            if (media.isMissingNode()) {
                return;
            }
            JsonNode schema = resolve(media.get("schema"));
            if (schema.has("required") && !schema.get("required").isEmpty()) {
                problems.add(name + " requires " + schema.get("required") + " in a merge patch");
            }
            if (!schema.has("properties") || schema.get("properties").isEmpty()) {
                problems.add(name + " has a merge-patch schema without properties");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyOperationWithQueryParametersDeclares400() {
        List<String> problems = new ArrayList<>();
        forEachOperation((name, op) -> {
            boolean query = false;
            for (JsonNode parameter : op.path("parameters")) {
                query |= "query".equals(resolve(parameter).path("in").asText());
            }
            if (query && !op.get("responses").has("400")) {
                problems.add(name + " takes query parameters but does not declare 400");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private interface OperationCheck {
        void check(String name, JsonNode operation);
    }

    private static void forEachOperation(OperationCheck check) {
        JsonNode paths = document.get("paths");
        assertFalse(paths.isEmpty());
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (List.of("get", "put", "post", "patch", "delete").contains(operation.getKey())) {
                    check.check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    /** Follows a local $ref (#/components/…) to what it names. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
