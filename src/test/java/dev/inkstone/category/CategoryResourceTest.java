package dev.inkstone.category;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CategoryResourceTest {

    static int create(String name, String slug, Integer parentId) {
        return asAdmin().body("{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\", \"parentId\": " + parentId + "}")
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
    }

    @Test
    void buildsATreeWithPaths() {
        int root = create("中国故事", unique("中国故事"), null);
        String childSlug = unique("墙国的奇葩商业故事");
        int child = create("墙国的奇葩商业故事", childSlug, root);
        int grandchild = create("细节", unique("细节"), child);

        asAdmin().get("/api/v1/categories/{id}", root).then().statusCode(200)
                .body("parentId", nullValue()).body("path", contains("中国故事"));
        asAdmin().get("/api/v1/categories/slug/{slug}", childSlug).then().statusCode(200)
                .body("parentId", equalTo(root)).body("path", contains("中国故事", "墙国的奇葩商业故事"))
                .body("postCount", equalTo(0));
        asAdmin().get("/api/v1/categories/{id}", grandchild).then()
                .body("path", contains("中国故事", "墙国的奇葩商业故事", "细节"));
    }

    @Test
    void renamingAnAncestorChangesDescendantPaths() {
        int root = create("旧名", unique("root"), null);
        int child = create("子", unique("child"), root);
        mergePatch().body("{\"name\": \"新名\"}")
                .patch("/api/v1/categories/{id}", root).then().statusCode(200);
        asAdmin().get("/api/v1/categories/{id}", child).then().body("path", contains("新名", "子"));
    }

    @Test
    void movesASubtree() {
        int a = create("A", unique("a"), null);
        int b = create("B", unique("b"), a);
        int c = create("C", unique("c"), b);
        int other = create("Other", unique("other"), null);
        mergePatch().body("{\"parentId\": " + other + "}")
                .patch("/api/v1/categories/{id}", b).then().statusCode(200)
                .body("path", contains("Other", "B")).body("version", equalTo(2));
        asAdmin().get("/api/v1/categories/{id}", c).then().body("path", contains("Other", "B", "C"));
        mergePatch().body("{\"parentId\": null}")
                .patch("/api/v1/categories/{id}", b).then().statusCode(200).body("path", contains("B"));
        asAdmin().get("/api/v1/categories/{id}", c).then().body("path", contains("B", "C"));
        asAdmin().get("/api/v1/categories/{id}", a).then().body("path", contains("A"));
    }

    @Test
    void refusesCyclesWith422() {
        int a = create("A", unique("a"), null);
        int b = create("B", unique("b"), a);
        int c = create("C", unique("c"), b);
        mergePatch().body("{\"parentId\": " + c + "}")
                .patch("/api/v1/categories/{id}", a).then().statusCode(422)
                .body("errors.field", hasItem("parentId"));
        mergePatch().body("{\"parentId\": " + a + "}")
                .patch("/api/v1/categories/{id}", a).then().statusCode(422);
        asAdmin().get("/api/v1/categories/{id}", a).then().body("parentId", nullValue()).body("version", equalTo(1));
    }

    @Test
    void unknownParentIs422() {
        asAdmin().body("{\"name\": \"x\", \"parentId\": 999999999}").post("/api/v1/categories")
                .then().statusCode(422).body("errors[0].field", equalTo("parentId"));
        asAdmin().body("{\"name\": \"x\", \"parentId\": -1}").post("/api/v1/categories")
                .then().statusCode(422).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void deletingACategoryWithChildrenIs409() {
        int parent = create("P", unique("p"), null);
        int child = create("C", unique("c"), parent);
        asAdmin().delete("/api/v1/categories/{id}", parent).then().statusCode(409)
                .body("type", equalTo("/problems/has-children"));
        asAdmin().delete("/api/v1/categories/{id}", child).then().statusCode(204);
        asAdmin().delete("/api/v1/categories/{id}", parent).then().statusCode(204);
    }

    @Test
    void deletingACategoryWithPostsIs409() {
        String slug = unique("used");
        int id = create("used", slug, null);
        asAdmin().body("{\"title\": \"t\", \"slug\": \"" + unique("t") + "\", \"markdown\": \"x\", "
                + "\"categories\": [\"" + slug + "\"]}")
                .post("/api/v1/posts").then().statusCode(201);
        asAdmin().delete("/api/v1/categories/{id}", id).then().statusCode(409).body("type", equalTo("/problems/in-use"));
    }

    @Test
    void sortsByPostCount() {
        var counts = anonymous().get("/api/v1/categories?sort=-postCount&perPage=100").then().statusCode(200)
                .extract().jsonPath().getList("items.postCount", Integer.class);
        for (int i = 1; i < counts.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(counts.get(i - 1) >= counts.get(i), "descending counts");
        }
    }
}
