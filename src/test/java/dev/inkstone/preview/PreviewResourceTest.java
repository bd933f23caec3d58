package dev.inkstone.preview;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dev.inkstone.common.time.TestClock;

/** Preview links over HTTP: a draft shown without credentials, until the link expires or is revoked. */
@QuarkusTest
class PreviewResourceTest {

    @Inject
    TestClock clock;

    private static int draft(String title) {
        return asAdmin().body(Map.of("title", title, "slug", unique("preview"), "markdown", "草稿正文"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    private static JsonPath preview(int postId, String expiresIn) {
        return asAdmin().body(Map.of("expiresIn", expiresIn)).post("/api/v1/posts/{id}/previews", postId).then()
                .statusCode(201).header("Location", startsWith("http")).extract().jsonPath();
    }

    /** As a colleague with the link and nothing else: no Authorization header at all. */
    private static ValidatableResponse open(String url) {
        return RestAssured.given().get(url).then();
    }

    @Test
    void aLinkShowsTheDraftAsItIsNowWithoutCredentials() {
        int id = draft("还没发布的草稿");
        JsonPath created = preview(id, "PT1H");
        String token = created.getString("token");
        assertTrue(token.startsWith("inkp_"));
        assertEquals("/api/v1/previews/" + token, created.getString("url"));
        Duration left = Duration.between(clock.instant(), Instant.parse(created.getString("expiresAt")));
        assertTrue(left.compareTo(Duration.ofMinutes(59)) > 0 && left.compareTo(Duration.ofHours(1)) <= 0,
                left::toString);

        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
        open(created.getString("url")).statusCode(200).body("id", equalTo(id)).body("title", equalTo("还没发布的草稿"))
                .body("status", equalTo("draft")).header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex");

        // Never answered from the response cache: the next read shows the change at once.
        mergePatch().body("{\"title\": \"改过的草稿\"}").patch("/api/v1/posts/{id}", id).then().statusCode(200);
        open(created.getString("url")).statusCode(200).body("title", equalTo("改过的草稿"));
    }

    @Test
    void anExpiredLinkIsAPlain404() {
        int id = draft("会过期");
        String url = preview(id, "PT10M").getString("url");
        open(url).statusCode(200);
        clock.advance(Duration.ofMinutes(11));
        open(url).statusCode(404).contentType("application/problem+json").body("status", equalTo(404))
                .header("Cache-Control", not("public"));
        asAdmin().get("/api/v1/posts/{id}/previews", id).then().statusCode(200).body("page.totalItems", equalTo(0));
    }

    @Test
    void aRevokedLinkIsAPlain404AndLeavesTheList() {
        int id = draft("撤销");
        JsonPath created = preview(id, "P1D");
        int previewId = created.getInt("id");
        asAdmin().get("/api/v1/posts/{id}/previews", id).then().statusCode(200)
                .body("items.id", hasItem(previewId)).body("items[0]", not(hasKey("token")))
                .body("items[0].createdBy", equalTo("bootstrap admin")).body("items[0].postId", equalTo(id));
        asAdmin().delete("/api/v1/posts/{id}/previews/{previewId}", id, previewId).then().statusCode(204);
        open(created.getString("url")).statusCode(404).contentType("application/problem+json");
        asAdmin().get("/api/v1/posts/{id}/previews", id).then().body("page.totalItems", equalTo(0));
        asAdmin().delete("/api/v1/posts/{id}/previews/{previewId}", id, previewId).then().statusCode(404);
    }

    @Test
    void aLinkBelongsToItsPostOnly() {
        int mine = draft("我的");
        int other = draft("别人的");
        JsonPath created = preview(mine, "PT1H");
        open(created.getString("url")).statusCode(200).body("id", equalTo(mine));
        asAdmin().get("/api/v1/posts/{id}/previews", other).then().body("page.totalItems", equalTo(0));
        asAdmin().delete("/api/v1/posts/{id}/previews/{previewId}", other, created.getInt("id")).then()
                .statusCode(404);
        open(created.getString("url")).statusCode(200).body("id", equalTo(mine));
    }

    @Test
    void unknownTokensAreAPlain404() {
        open("/api/v1/previews/inkp_nothing").statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void expiresInMustBeADurationOfAtMostThirtyDays() {
        int id = draft("期限");
        for (String bad : new String[] { "P31D", "soon", "PT0S", "-PT1H", "P1M" }) {
            asAdmin().body(Map.of("expiresIn", bad)).post("/api/v1/posts/{id}/previews", id).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("expiresIn"));
        }
        asAdmin().body("{}").post("/api/v1/posts/{id}/previews", id).then()
                .statusCode(anyOf(equalTo(400), equalTo(422)))
                .body("errors[0].field", equalTo("expiresIn"));
        preview(id, "P30D");
    }

    @Test
    void managingLinksNeedsAnEditorAndAnExistingPost() {
        int id = draft("权限");
        anonymous().body(Map.of("expiresIn", "PT1H")).post("/api/v1/posts/{id}/previews", id).then().statusCode(401);
        as(token("reader")).body(Map.of("expiresIn", "PT1H"))
                .post("/api/v1/posts/{id}/previews", id).then().statusCode(403);
        asAdmin().body(Map.of("expiresIn", "PT1H")).post("/api/v1/posts/{id}/previews", Integer.MAX_VALUE).then()
                .statusCode(404);
    }

    @Test
    void linksGoWithThePost() {
        int id = draft("删除");
        String url = preview(id, "PT1H").getString("url");
        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        open(url).statusCode(404);
    }
}
