package dev.inkstone.image;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.response.ValidatableResponse;

import dev.inkstone.common.SharedCorpus;

/** Test images (generated, or from the shared corpus when a test needs it) made unique and uploaded. */
public final class TestImages {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private TestImages() {
    }

    /** A photo of the shared corpus; skips the test (see {@link SharedCorpus}) when the corpus is absent. */
    public static byte[] corpus(String name) {
        try {
            return Files.readAllBytes(SharedCorpus.require("images").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same picture with a few bytes after its end (after EOI, IEND or the GIF trailer; a RIFF chunk of its own in
     * WebP) that no decoder reads: a new sha256, so tests sharing one database and storage never meet each other's
     * uploads and content addressing does not turn a test's first upload into a repeat of another's.
     */
    public static byte[] unique(byte[] image) {
        byte[] marker = ("inkstone-test-" + RUN + "-" + COUNTER.incrementAndGet()).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(image);
        if (ImageFormat.sniff(image) == ImageFormat.WEBP) {
            int size = marker.length + (marker.length & 1);
            out.writeBytes("ZTST".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(marker.length).array());
            out.writeBytes(marker);
            if (size > marker.length) {
                out.write(0);
            }
            byte[] result = out.toByteArray();
            ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
            return result;
        }
        out.writeBytes(marker);
        return out.toByteArray();
    }

    public static ValidatableResponse upload(byte[] bytes, String filename, String mimeType) {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .multiPart("file", filename, bytes, mimeType)
                .post("/api/v1/images").then();
    }

    /** One of {@link GeneratedImages}' named images. */
    public static byte[] generated(String name) {
        return GeneratedImages.named(name);
    }

    /** Uploads a unique copy of a generated image and returns its id. */
    public static int uploadGenerated(String name) {
        return uploadUnique(generated(name), name);
    }

    private static int uploadUnique(byte[] image, String name) {
        byte[] bytes = unique(image);
        ImageFormat format = ImageFormat.sniff(bytes);
        return upload(bytes, Path.of(name).getFileName().toString(), format.mimeType()).statusCode(201)
                .extract().path("id");
    }
}
