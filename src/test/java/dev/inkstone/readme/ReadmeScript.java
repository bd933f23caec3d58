package dev.inkstone.readme;

import static dev.inkstone.common.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import dev.inkstone.common.Api;

/**
 * A README walk-through kept as a bash script under {@code src/test/resources/readme}: the commands below its marker
 * line are what README shows verbatim, and the script runs them with curl against the test server.
 */
record ReadmeScript(Path script, String marker) {

    ReadmeScript(String file, String marker) {
        this(Path.of("src/test/resources/readme", file), "# --- " + marker + " ---\n");
    }

    /** The commands README shows: everything after the marker line. */
    String commands() throws IOException {
        String text = Files.readString(script, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        assertTrue(at > 0, "the marker line is in " + script);
        return text.substring(at + marker.length());
    }

    void assertReadmeShowsItVerbatim() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```bash\n" + commands() + "```\n"),
                "README.md must show " + script + " below its marker line verbatim, in one ```bash block");
    }

    /** Runs the script in {@code dir} as the admin, failing on any failed step (curl -f, set -e); its output. */
    String run(Path dir, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", script.toAbsolutePath().toString()).directory(dir.toFile())
                .redirectErrorStream(true);
        bash.environment().put("API", "http://localhost:" + RestAssured.port + "/api/v1");
        bash.environment().put("TOKEN", Api.ADMIN_TOKEN);
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), "a step failed (curl -f, set -e):\n" + output);
        return output;
    }

    /** Deletes what {@code bySlug} finds, by its id under {@code byId}: walk-throughs make fixed slugs. */
    static void deleteIfPresent(String bySlug, String byId) {
        Response found = asAdmin().get(bySlug);
        if (found.statusCode() == 200) {
            asAdmin().delete(byId + found.path("id")).then().statusCode(204);
        }
    }
}
