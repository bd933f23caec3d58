package dev.inkstone.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class ImageStorageReadinessTest {

    @TempDir
    Path directory;

    @Test
    void readyWhenTheImageDirectoryIsWritable() {
        HealthCheckResponse response = new ImageStorageReadiness(new FileImageStorage(directory.resolve("images")))
                .call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    }

    @Test
    void notReadyWhenTheImageDirectoryCannotBeMadeAndSaysWhyWithoutAPath() throws IOException {
        Path file = Files.writeString(directory.resolve("not-a-folder"), "x");
        HealthCheckResponse response = new ImageStorageReadiness(new FileImageStorage(file.resolve("images"))).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("the image directory cannot be created", response.getData().orElseThrow().get("reason"));
    }
}
