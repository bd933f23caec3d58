package dev.inkstone.site;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static dev.inkstone.site.SiteFixtures.link;
import static dev.inkstone.site.SiteFixtures.patch;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Navigation items pointing at pages: resolved to the page's current slug and path, dropped once it is deleted. */
@QuarkusTest
class PageNavigationTest {

    private static int page(String slug, Integer parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "关于");
        body.put("slug", slug);
        body.put("status", "published");
        body.put("markdown", "你好");
        body.put("parentId", parentId);
        return asAdmin().body(body).post("/api/v1/pages").then().statusCode(201).extract().path("id");
    }

    @Test
    void pageItemsFollowRenamesAndDropOutWhenDeleted() {
        String about = unique("about");
        int aboutId = page(about, null);
        String team = unique("team");
        int teamId = page(team, aboutId);
        patch(Map.of("navigation", List.of(link("首页", "url", "/"), link("团队", "pageId", teamId))))
                .statusCode(200);
        anonymous().get("/api/v1/site").then().statusCode(200)
                .body("navigation.type", contains("url", "page"))
                .body("navigation[1].pageId", equalTo(teamId))
                .body("navigation[1].slug", equalTo(team))
                .body("navigation[1].path", contains(about, team));

        String renamed = unique("about-us");
        mergePatch().body(Map.of("slug", renamed)).patch("/api/v1/pages/" + aboutId).then().statusCode(200);
        anonymous().get("/api/v1/site").then().statusCode(200).body("navigation[1].path", contains(renamed, team));

        asAdmin().delete("/api/v1/pages/" + teamId).then().statusCode(204);
        anonymous().get("/api/v1/site").then().statusCode(200).body("navigation.type", contains("url"));
        patch(Map.of("navigation", List.of(link("首页", "url", "/")))).statusCode(200);
    }

    @Test
    void anUnknownPageIs422NamingTheItem() {
        patch(Map.of("navigation", List.of(link("无", "pageId", 999_999_999)))).statusCode(422)
                .body("errors[0].field", equalTo("navigation[0].pageId"));
    }
}
