package dev.inkstone.importer;

import static dev.inkstone.common.Api.asAdmin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.awaitility.Awaitility;

import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.common.SharedCorpus;

/** Starting import jobs over HTTP and waiting for them, for tests. */
public final class Imports {

    private Imports() {
    }

    /**
     * Imports a file or folder of the large shared corpus through the server-side path and waits for the job; skips
     * the test when the corpus is absent.
     */
    public static JsonPath path(String path, boolean dryRun) {
        return serverPath(SharedCorpus.require(path), dryRun);
    }

    /** Imports a file below the test profile's allowed import folder, wherever that is, and waits for the job. */
    public static JsonPath serverPath(Path file, boolean dryRun) {
        Path root = Path.of(ConfigProvider.getConfig().getValue("inkstone.import.allowed-path", String.class));
        String relative;
        try {
            relative = root.toRealPath().relativize(file.toRealPath()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serverPath(relative, dryRun);
    }

    /** Imports a path relative to the test profile's allowed import folder and waits for the job. */
    public static JsonPath serverPath(String path, boolean dryRun) {
        int id = asAdmin().body(Map.of("path", path)).queryParam("dryRun", dryRun)
                .post("/api/v1/imports/path").then().statusCode(202).extract().path("id");
        return await(id);
    }

    public static JsonPath upload(File file, String mime, boolean dryRun) {
        int id = io.restassured.RestAssured.given().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .multiPart("file", file, mime).queryParam("dryRun", dryRun)
                .post("/api/v1/imports").then().statusCode(202).extract().path("id");
        return await(id);
    }

    public static JsonPath await(int id) {
        // Whole-corpus imports on a busy two-core machine take minutes; small ones end in well under a second.
        return Awaitility.await("import job " + id + " finishing").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> asAdmin().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath(),
                        job -> !job.getString("status").equals("queued") && !job.getString("status").equals("running"));
    }

    /** Every report line of a job, read page by page with the cursor. */
    public static List<Map<String, Object>> items(int jobId) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = asAdmin().queryParam("perPage", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/imports/" + jobId + "/items").then().statusCode(200).extract()
                    .jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    public static Map<String, Object> item(List<Map<String, Object>> items, String type, String title) {
        return items.stream().filter(i -> type.equals(i.get("type")) && title.equals(i.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " titled " + title));
    }
}
