package dev.inkstone.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document states the caching contract ConditionalReadsTest and ConditionalWritesTest check. */
@QuarkusTest
class ConditionalRequestDocsTest {

    private static final List<String> CONDITIONAL_WRITES = List.of("put /api/v1/posts/{id}",
            "patch /api/v1/posts/{id}", "delete /api/v1/posts/{id}", "put /api/v1/posts/slug/{slug}",
            "put /api/v1/tags/{id}", "patch /api/v1/tags/{id}", "delete /api/v1/tags/{id}",
            "put /api/v1/categories/{id}", "patch /api/v1/categories/{id}", "delete /api/v1/categories/{id}",
            "patch /api/v1/images/{id}", "delete /api/v1/images/{id}",
            "patch /api/v1/webhooks/{id}", "delete /api/v1/webhooks/{id}", "delete /api/v1/redirects/{id}",
            "patch /api/v1/site", "patch /api/v1/authors/{id}", "delete /api/v1/authors/{id}",
            "put /api/v1/pages/{id}", "patch /api/v1/pages/{id}", "delete /api/v1/pages/{id}",
            "put /api/v1/pages/slug/{slug}");

    @Test
    void readsDocumentETagIfNoneMatchAnd304AndWritesIfMatchAnd412() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        List<String> conditional = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (operation.getKey().equals("get")) {
                    check(problems, name, hasParameter(op, "IfNoneMatch"), "takes no If-None-Match");
                    check(problems, name, op.at("/responses/304/$ref").asText().endsWith("/NotModified"),
                            "does not document 304");
                    // A 200 may be a shared response component (the feeds' Feed); its ETag header is then there.
                    JsonNode ok = op.at("/responses/200");
                    if (ok.has("$ref")) {
                        ok = document.at(ok.get("$ref").asText().substring(1));
                    }
                    check(problems, name, ok.at("/headers/ETag/$ref").asText().endsWith("/ETag"),
                            "has no ETag on its 200");
                }
                if (hasParameter(op, "IfMatch")) {
                    conditional.add(name);
                    check(problems, name, op.at("/responses/412/$ref").asText().endsWith("/PreconditionFailed"),
                            "takes If-Match but does not document 412");
                }
            }
        }
        check(problems, "the document", conditional.containsAll(CONDITIONAL_WRITES)
                && CONDITIONAL_WRITES.containsAll(conditional), "documents If-Match on " + conditional);
        check(problems, "put /api/v1/posts/slug/{slug}", hasParameter(document.at("/paths/~1api~1v1~1posts~1slug~1"
                + "{slug}/put"), "IfNoneMatchOnCreate"), "does not document If-None-Match: *");
        for (String component : List.of("headers/ETag", "parameters/IfNoneMatch", "parameters/IfMatch",
                "parameters/IfNoneMatchOnCreate", "responses/NotModified", "responses/PreconditionFailed")) {
            check(problems, component, !document.at("/components/" + component).isMissingNode(), "is missing");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean hasParameter(JsonNode operation, String component) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("$ref").asText().equals("#/components/parameters/" + component)) {
                return true;
            }
        }
        return false;
    }

    private static void check(List<String> problems, String name, boolean ok, String problem) {
        if (!ok) {
            problems.add(name + " " + problem);
        }
    }
}
