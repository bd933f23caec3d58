package dev.inkstone.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/** The committed openapi/ files must be what the code produces, and every operation must be fully documented. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String HOW_TO_FIX = "openapi/ is out of date: run ./mvnw package -DskipTests and commit openapi/";

    private static JsonNode served() throws IOException {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void committedJsonMatchesTheCode() throws IOException {
        JsonNode committed = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        assertEquals(served(), committed, HOW_TO_FIX);
    }

    @Test
    void committedYamlMatchesTheCode() throws IOException {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertEquals(served(), committed, HOW_TO_FIX);
    }

    @Test
    void everyOperationHasSummaryErrorsAndSecurityWhereNeeded() throws IOException {
        JsonNode paths = served().get("paths");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (!op.hasNonNull("summary")) {
                    problems.add(name + " has no summary");
                }
                if (!op.hasNonNull("operationId")) {
                    problems.add(name + " has no operationId");
                }
                JsonNode responses = op.get("responses");
                boolean write = !operation.getKey().equals("get");
                if (write && (op.get("security") == null || op.get("security").isEmpty())) {
                    problems.add(name + " is a write without the bearer security requirement");
                }
                for (String status : write ? List.of("401", "403") : List.of("406")) {
                    if (responses == null || !responses.has(status)) {
                        problems.add(name + " does not document " + status);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(paths.isEmpty());
    }
}
