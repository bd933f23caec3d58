package dev.inkstone.auth;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TokenResourceTest {

    @Test
    void adminCreatesAndRevokesTokens() {
        String name = unique("migration");
        var created = asAdmin().body("{\"name\": \"" + name + "\", \"role\": \"editor\"}").post("/api/v1/tokens")
                .then().statusCode(201)
                .body("role", equalTo("editor"))
                .body("token", startsWith("ink_"))
                .extract();
        int id = created.path("id");
        String token = created.path("token");

        asAdmin().get("/api/v1/tokens").then().statusCode(200)
                .body("name", hasItem(name))
                .body("token", not(hasItem(token)));
        as(token).body("{\"name\": \"" + unique("by-editor") + "\"}").post("/api/v1/tags").then().statusCode(201);
        as(token).get("/api/v1/tokens").then().statusCode(403);

        asAdmin().delete("/api/v1/tokens/{id}", id).then().statusCode(204);
        as(token).body("{\"name\": \"x\"}").post("/api/v1/tags").then().statusCode(401);
    }

    @Test
    void tokenAdministrationNeedsAdmin() {
        anonymous().get("/api/v1/tokens").then().statusCode(401);
        String reader = asAdmin().body("{\"name\": \"r\", \"role\": \"reader\"}").post("/api/v1/tokens")
                .then().statusCode(201).extract().path("token");
        as(reader).body("{\"name\": \"x\", \"role\": \"admin\"}").post("/api/v1/tokens").then().statusCode(403);
    }

    @Test
    void unknownRoleIs400() {
        asAdmin().body("{\"name\": \"x\", \"role\": \"root\"}").post("/api/v1/tokens").then().statusCode(400)
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void lastAdminTokenCannotBeRevoked() {
        // The bootstrap token is the only admin unless a test made another; revoke extra admins first.
        asAdmin().get("/api/v1/tokens").then().statusCode(200);
        var tokens = asAdmin().get("/api/v1/tokens").then().extract().jsonPath();
        int bootstrapId = -1;
        for (int i = 0; i < tokens.getList("id").size(); i++) {
            if ("bootstrap admin".equals(tokens.getString("name[" + i + "]"))) {
                bootstrapId = tokens.getInt("id[" + i + "]");
            } else if ("admin".equals(tokens.getString("role[" + i + "]"))) {
                asAdmin().delete("/api/v1/tokens/{id}", tokens.getInt("id[" + i + "]")).then().statusCode(204);
            }
        }
        asAdmin().delete("/api/v1/tokens/{id}", bootstrapId).then().statusCode(409)
                .body("type", equalTo("/problems/last-admin-token"));
    }
}
