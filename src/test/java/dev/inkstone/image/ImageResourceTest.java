package dev.inkstone.image;

import static dev.inkstone.image.TestImages.corpus;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The image API on the filesystem storage (the default), and every corpus photo through it. The corpus exercises the
 * codecs, which do not depend on where the bytes are kept: the S3 storage gets the generated image of every format.
 */
@QuarkusTest
class ImageResourceTest extends ImageApiContract {

    @Test
    void uploadsEveryCorpusImageAndServesStrippedRenditions() throws Exception {
        for (Map.Entry<String, JsonNode> entry : ImageCodecCorpusTest.manifest().entrySet()) {
            String name = entry.getKey();
            JsonNode stats = entry.getValue();
            int orientation = stats.get("exif_orientation").asInt(1);
            boolean turned = orientation >= 5 && orientation <= 8;
            int width = stats.get(turned ? "height" : "width").asInt();
            int height = stats.get(turned ? "width" : "height").asInt();
            uploadsAndServesStrippedRenditions(name, corpus(name), width, height, stats.get("frames").asInt() > 1);
        }
    }
}
