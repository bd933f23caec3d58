package dev.inkstone.common.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;

import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;

/**
 * Checks HTTP exchanges made with RestAssured against the committed openapi/openapi.json, as a validating proxy
 * would: the operation exists, the request body fits its schema, the status is declared, and the answer's media type
 * and body fit what that status declares (JSON Schema 2020-12 with the OpenAPI 3.1 dialect). A request meant to be
 * wrong has only its answer checked: the document must describe the error the server gives.
 */
final class ContractRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = read();
    // The components copied beside each schema (see compile) are there to be referenced, not to validate.
    private static final JsonMetaSchema DIALECT = JsonMetaSchema.builder(OpenApi31.getInstance())
            .keyword(new NonValidationKeyword("components")).build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(DIALECT).defaultMetaSchemaIri(DIALECT.getIri()));
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private final List<String> violations = new ArrayList<>();
    private final List<String> exchanges = new ArrayList<>();

    /** For requests the document must accept, and their answers. */
    Filter valid() {
        return (request, spec, context) -> record(request, context.next(request, spec), true);
    }

    /** For requests that are wrong on purpose: only the answer is checked. */
    Filter wrong() {
        return (request, spec, context) -> record(request, context.next(request, spec), false);
    }

    List<String> violations() {
        return violations;
    }

    /** "METHOD /path/template" of every exchange, for coverage. */
    List<String> exchanges() {
        return exchanges;
    }

    private Response record(FilterableRequestSpecification request, Response response, boolean requestIsValid) {
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        String path = request.getDerivedPath();
        String name = method.toUpperCase(Locale.ROOT) + " " + path + " -> " + response.statusCode();
        String template = template(path);
        JsonNode operation = template == null ? null : DOCUMENT.get("paths").get(template).get(method);
        if (operation == null) {
            violations.add(name + ": no such operation in the document");
            return response;
        }
        exchanges.add(method.toUpperCase(Locale.ROOT) + " " + template);
        String at = "/paths/" + escape(template) + "/" + method;
        String requestType = mediaType(request.getContentType());
        Object body = request.getBody();
        if (requestIsValid && body != null && requestType != null && !requestType.startsWith("multipart/")) {
            JsonNode content = operation.path("requestBody").path("content").get(requestType);
            if (content == null) {
                violations.add(name + ": the operation does not take " + requestType);
            } else {
                String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                        : body.toString();
                check(name + " request", at + "/requestBody/content/" + escape(requestType) + "/schema",
                        content.get("schema"), text);
            }
        }
        String status = Integer.toString(response.statusCode());
        JsonNode declared = operation.path("responses").get(status);
        String declaredAt = at + "/responses/" + status;
        if (declared == null) {
            violations.add(name + ": status " + status + " is not declared");
            return response;
        }
        if (declared.has("$ref")) {
            declaredAt = declared.get("$ref").asText().substring(1);
            declared = DOCUMENT.at(declaredAt);
        }
        String responseType = mediaType(response.getContentType());
        byte[] bytes = response.asByteArray();
        if (bytes.length == 0 || responseType == null) {
            return response;
        }
        String matched = matchingType(declared.path("content"), responseType);
        if (matched == null) {
            violations.add(name + ": " + responseType + " is not declared for " + status);
        } else if (responseType.contains("json")) {
            check(name + " response", declaredAt + "/content/" + escape(matched) + "/schema",
                    declared.path("content").get(matched).get("schema"), new String(bytes, StandardCharsets.UTF_8));
        }
        return response;
    }

    private void check(String name, String pointer, JsonNode schema, String body) {
        if (schema == null) {
            violations.add(name + ": no schema");
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            violations.add(name + ": not JSON");
            return;
        }
        JsonSchema compiled = COMPILED.computeIfAbsent(pointer, p -> compile(schema));
        compiled.validate(value).forEach(message -> violations.add(name + ": " + message.getMessage()));
    }

    /** The schema with the document's components beside it, so its #/components/… references resolve. */
    private static JsonSchema compile(JsonNode schema) {
        ObjectNode standalone = schema.deepCopy();
        standalone.set("components", DOCUMENT.get("components"));
        return SCHEMAS.getSchema(SchemaLocation.of("https://inkstone.test/openapi.json"), standalone);
    }

    /** The document path a concrete path falls under; literal segments win over parameters (slug/{slug}). */
    private static String template(String path) {
        List<String> candidates = new ArrayList<>();
        DOCUMENT.get("paths").fieldNames().forEachRemaining(candidate -> {
            if (path.matches(candidate.replaceAll("\\{[^}]+}", "[^/]+"))) {
                candidates.add(candidate);
            }
        });
        return candidates.stream().min(Comparator.comparingInt(c -> c.split("\\{", -1).length)).orElse(null);
    }

    private static String matchingType(JsonNode content, String type) {
        if (content.has(type)) {
            return type;
        }
        String wildcard = type.substring(0, type.indexOf('/') + 1) + "*";
        return content.has(wildcard) ? wildcard : content.has("*/*") ? "*/*" : null;
    }

    private static String mediaType(String header) {
        return header == null || header.isBlank() ? null
                : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode read() {
        try {
            return JSON.readTree(Path.of("openapi/openapi.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
