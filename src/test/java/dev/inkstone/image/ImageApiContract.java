package dev.inkstone.image;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static dev.inkstone.image.TestImages.upload;
import static dev.inkstone.image.TestImages.generated;
import static dev.inkstone.image.TestImages.uploadGenerated;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The image API, run once per storage (filesystem and S3) by the subclasses. */
abstract class ImageApiContract {

    @Test
    void uploadsEveryGeneratedImageAndServesStrippedRenditions() throws Exception {
        uploadsAndServesStrippedRenditions(GeneratedImages.LANDSCAPE_JPEG, 480, 369, false);
        uploadsAndServesStrippedRenditions(GeneratedImages.TRANSPARENT_PNG, 640, 480, false);
        uploadsAndServesStrippedRenditions(GeneratedImages.TRANSPARENT_WEBP, 300, 300, false);
        uploadsAndServesStrippedRenditions(GeneratedImages.ANIMATED_GIF, 80, 80, true);
        // stored sideways with EXIF orientation 6 and a GPS position: served upright, without the position
        uploadsAndServesStrippedRenditions(GeneratedImages.PORTRAIT_EXIF_JPEG, 1200, 1800, false);
    }

    private void uploadsAndServesStrippedRenditions(String name, int width, int height, boolean animated)
            throws Exception {
        uploadsAndServesStrippedRenditions(name, generated(name), width, height, animated);
    }

    static void uploadsAndServesStrippedRenditions(String name, byte[] source, int width, int height,
            boolean animated) throws Exception {
        byte[] bytes = TestImages.unique(source);
        ImageFormat format = ImageFormat.sniff(bytes);
        JsonPath image = upload(bytes, name.substring(name.lastIndexOf('/') + 1), format.mimeType())
                .statusCode(201)
                .header("Location", containsString("/api/v1/images/"))
                .body("mimeType", equalTo(format.mimeType()))
                .body("width", equalTo(width)).body("height", equalTo(height))
                .body("byteSize", equalTo(bytes.length))
                .body("sha256", equalTo(ImageService.sha256(bytes)))
                .body("animated", equalTo(animated))
                .body("placeholder.color", matchesPattern("#[0-9a-f]{6}"))
                .body("placeholder.lqip", startsWith("data:image/"))
                .body("url", matchesPattern("/media/[0-9a-f]{64}/original\\." + format.extension()))
                .extract().jsonPath();

        Response original = anonymous().get(image.getString("url"));
        original.then().statusCode(200).contentType(format.mimeType())
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", startsWith("\""));
        assertNoPrivateMetadata(original.asByteArray(), name);

        List<Integer> widths = image.getList("variants.width", Integer.class);
        assertEquals(Math.min(width, 1920), widths.get(widths.size() - 1), name);
        assertEquals(widths.stream().sorted().toList(), widths, name + " narrowest first");
        String small = image.getString("variants[0].url");
        String webp = image.getString("variants[0].webpUrl");
        for (String url : List.of(small, webp)) {
            byte[] variant = anonymous().get(url).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .extract().asByteArray();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(variant));
            assertEquals(widths.get(0), decoded.getWidth(), url);
            assertEquals(image.getInt("variants[0].height"), decoded.getHeight(), 1.0, url);
            assertNoPrivateMetadata(variant, url);
        }
    }

    private static void assertNoPrivateMetadata(byte[] bytes, String name) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        assertFalse(metadata.containsDirectoryOfType(GpsDirectory.class), name + " leaks its GPS position");
        metadata.getDirectories().forEach(d -> assertFalse(d.getName().contains("Makernote"), name + " " + d));
        metadata.getDirectories().forEach(d -> assertFalse(d.getName().startsWith("XMP"), name + " " + d));
    }

    @Test
    void sameBytesTwiceAreStoredOnce() {
        byte[] bytes = TestImages.unique(generated(GeneratedImages.LANDSCAPE_JPEG));
        int id = upload(bytes, "first.jpg", "image/jpeg").statusCode(201).extract().path("id");
        upload(bytes, "second.jpg", "image/jpeg").statusCode(200)
                .header("Location", containsString("/api/v1/images/" + id))
                .body("id", equalTo(id)).body("filename", equalTo("first.jpg"));
    }

    @Test
    void keepsAltAndCaptionInChinese() {
        byte[] bytes = TestImages.unique(generated(GeneratedImages.TRANSPARENT_WEBP));
        given().header("Authorization", "Bearer " + dev.inkstone.common.Api.ADMIN_TOKEN)
                .multiPart("file", "transparent.webp", bytes, "image/webp")
                .multiPart("alt", "透明背景的图片", "text/plain; charset=UTF-8")
                .multiPart("caption", "来自 WebP 图库", "text/plain; charset=UTF-8")
                .post("/api/v1/images").then().statusCode(201)
                .body("alt", equalTo("透明背景的图片")).body("caption", equalTo("来自 WebP 图库"))
                .body("filename", equalTo("transparent.webp"))
                // Transparent WebP falls back to PNG, not JPEG.
                .body("variants[0].url", containsString(".png"));
    }

    @Test
    void refusesWhatIsNoImageOrLiesAboutItsTypeWith415() {
        String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        upload(svg.getBytes(StandardCharsets.UTF_8), "logo.svg", "image/svg+xml").statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"))
                .body("detail", containsString("SVG"));
        upload("<html>hi</html>".getBytes(StandardCharsets.UTF_8), "page.jpg", "image/jpeg").statusCode(415);
        upload("%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8), "doc.pdf", "application/pdf").statusCode(415);
        byte[] png = TestImages.unique(generated(GeneratedImages.TRANSPARENT_PNG));
        upload(png, "bug.jpg", "image/jpeg").statusCode(415).body("detail", containsString("PNG"));
        upload(png, "bug.png", "image/gif").statusCode(415);
        upload(png, "bug.svg", "application/octet-stream").statusCode(415);
        // Undeclared types are judged by the bytes alone.
        upload(png, "bug", "application/octet-stream").statusCode(201).body("mimeType", equalTo("image/png"));
    }

    @Test
    void refusesTruncatedAndCorruptFilesWith422() {
        byte[] jpeg = generated(GeneratedImages.PHOTO_JPEG);
        upload(TestImages.unique(Arrays.copyOf(jpeg, jpeg.length / 3)), "cut.jpg", "image/jpeg").statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/corrupt-image"));
        byte[] png = generated(GeneratedImages.TRANSPARENT_PNG);
        upload(Arrays.copyOf(png, png.length - 100), "cut.png", "image/png").statusCode(422);
        byte[] gif = generated(GeneratedImages.ANIMATED_GIF);
        upload(Arrays.copyOf(gif, gif.length / 2), "cut.gif", "image/gif").statusCode(422);
        byte[] webp = generated(GeneratedImages.PHOTO_WEBP);
        upload(Arrays.copyOf(webp, webp.length / 2), "cut.webp", "image/webp").statusCode(422);
        byte[] garbage = Arrays.copyOf(jpeg, 4096);
        Arrays.fill(garbage, 200, garbage.length, (byte) 0x55);
        upload(garbage, "noise.jpg", "image/jpeg").statusCode(422);
        upload(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "tiny.jpg", "image/jpeg").statusCode(422);
    }

    @Test
    void refusesDecompressionBombsFromTheHeaderWith422() {
        upload(pngHeader(100_000, 100_000), "bomb.png", "image/png").statusCode(422)
                .body("type", equalTo("/problems/too-many-pixels"))
                .body("detail", containsString("100000×100000"));
        upload(jpegHeader(65_000, 65_000), "bomb.jpg", "image/jpeg").statusCode(422)
                .body("type", equalTo("/problems/too-many-pixels"));
    }

    @Test
    void refusesOversizeUploadsWith413() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(generated(GeneratedImages.LANDSCAPE_JPEG), 0, big, 0, 1000);
        upload(big, "huge.jpg", "image/jpeg").statusCode(413).contentType("application/problem+json");
    }

    @Test
    void uploadsNeedAnEditorToken() {
        given().multiPart("file", "a.png", generated(GeneratedImages.TRANSPARENT_PNG), "image/png").post("/api/v1/images")
                .then().statusCode(401);
        asAdmin().contentType("multipart/form-data").multiPart("alt", "no file").post("/api/v1/images")
                .then().statusCode(422).body("errors[0].field", equalTo("file"));
    }

    @Test
    void servesSingleByteRangesAndRevalidation() {
        String url = asAdmin().get("/api/v1/images/" + uploadGenerated(GeneratedImages.LANDSCAPE_JPEG)).then()
                .extract().path("variants[0].url");
        Response full = anonymous().get(url);
        byte[] bytes = full.asByteArray();
        String etag = full.header("ETag");
        byte[] part = given().header("Range", "bytes=10-19").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 10-19/" + bytes.length).header("ETag", etag)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(bytes, 10, 20), part);
        byte[] tail = given().header("Range", "bytes=-5").get(url).then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length), tail);
        given().header("Range", "bytes=" + bytes.length + "-").get(url).then().statusCode(416)
                .header("Content-Range", "bytes */" + bytes.length);
        given().header("Range", "bytes=0-1,5-6").get(url).then().statusCode(200);
        given().header("Range", "bytes=0-3").header("If-Range", "\"other\"").get(url).then().statusCode(200);
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
    }

    @Test
    void inventedNamesAndPathsAre404() {
        String sha = asAdmin().get("/api/v1/images/" + uploadGenerated(GeneratedImages.LANDSCAPE_JPEG)).then()
                .extract().path("sha256");
        for (String path : List.of("/media/" + sha + "/w333.jpg", "/media/" + sha + "/original.png",
                "/media/" + sha + "/w640.jpg" /* wider than the 480-px image */, "/media/" + sha + "/w320.gif",
                "/media/" + sha + "/../../etc/passwd", "/media/" + sha + "/..%2F..%2Fsources%2F" + sha,
                "/media/" + "0".repeat(64) + "/original.jpg", "/media/" + sha.toUpperCase() + "/original.jpg",
                "/media/sources/" + sha, "/media/" + sha + "/original.jpg.bak")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404);
        }
        anonymous().get("/media/" + sha + "/w480.jpg").then().statusCode(200);
    }

    @Test
    void patchesAltCaptionAndFocalPoint() {
        int id = uploadGenerated(GeneratedImages.PORTRAIT_EXIF_JPEG);
        mergePatch().body("{\"alt\": \"竖拍的照片\", \"focalPoint\": {\"x\": 0.25, \"y\": 0.75}}")
                .patch("/api/v1/images/" + id).then().statusCode(200)
                .body("alt", equalTo("竖拍的照片")).body("focalPoint.x", equalTo(0.25f))
                .body("version", equalTo(2));
        mergePatch().body("{\"focalPoint\": {\"x\": 1.5, \"y\": 0}}").patch("/api/v1/images/" + id).then()
                .statusCode(422).body("errors[0].field", containsString("focalPoint"));
        // What the bytes fix is read-only: sent back it is ignored (width stays 1200 below); a misspelling is a 400.
        mergePatch().body("{\"width\": 10}").patch("/api/v1/images/" + id).then().statusCode(200)
                .body("version", equalTo(2));
        mergePatch().body("{\"widht\": 10}").patch("/api/v1/images/" + id).then().statusCode(400);
        mergePatch().body("{\"focalPoint\": null, \"caption\": \"说明\"}").patch("/api/v1/images/" + id).then()
                .statusCode(200).body("focalPoint", nullValue()).body("caption", equalTo("说明"))
                .body("alt", equalTo("竖拍的照片"));
        asAdmin().get("/api/v1/images/" + id).then().statusCode(200).body("width", equalTo(1200));
    }

    @Test
    void listsImagesNewestFirstInPages() {
        int older = uploadGenerated(GeneratedImages.LANDSCAPE_JPEG);
        int newer = uploadGenerated(GeneratedImages.TRANSPARENT_WEBP);
        asAdmin().get("/api/v1/images?perPage=2").then().statusCode(200)
                .header("X-Total-Count", notNullValue()).body("items", hasSize(2))
                .body("items[0].id", equalTo(newer)).body("items[1].id", equalTo(older));
        asAdmin().get("/api/v1/images?perPage=101").then().statusCode(400);
    }

    @Test
    void postsEmbedTheFeaturedImageAndUsedImagesCannotBeDeleted() {
        int featured = uploadGenerated(GeneratedImages.LANDSCAPE_JPEG);
        int inline = uploadGenerated(GeneratedImages.TRANSPARENT_PNG);
        String inlineUrl = asAdmin().get("/api/v1/images/" + inline).then().extract().path("variants[0].url");
        String slug = unique("with-image");
        asAdmin().body("{\"title\": \"配图\", \"slug\": \"" + slug + "\", \"status\": \"published\", "
                + "\"markdown\": \"![虫](https://cdn.example.com" + inlineUrl + ")\", "
                + "\"featuredImage\": " + featured + "}")
                .post("/api/v1/posts").then().statusCode(201)
                .body("featuredImage.id", equalTo(featured))
                .body("featuredImage.variants[0].webpUrl", containsString(".webp"))
                .body("featuredImage.placeholder.lqip", startsWith("data:image/jpeg;base64,"));
        anonymous().get("/api/v1/posts/slug/" + slug).then().body("featuredImage.width", equalTo(480));
        anonymous().get("/api/v1/posts?featuredImage=true&perPage=100").then().statusCode(200)
                .body("items.slug", hasItem(slug));

        asAdmin().delete("/api/v1/images/" + featured).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(slug))
                .body("errors[0].field", equalTo("posts"));
        asAdmin().delete("/api/v1/images/" + inline).then().statusCode(409).body("detail", containsString(slug));

        asAdmin().body("{\"title\": \"配图\", \"slug\": \"" + slug + "\", \"status\": \"published\", "
                + "\"markdown\": \"没有图片\"}").put("/api/v1/posts/slug/" + slug).then().statusCode(200)
                .body("featuredImage", nullValue());
        String sha = asAdmin().get("/api/v1/images/" + inline).then().extract().path("sha256");
        asAdmin().delete("/api/v1/images/" + inline).then().statusCode(204);
        asAdmin().get("/api/v1/images/" + inline).then().statusCode(404);
        anonymous().get(inlineUrl).then().statusCode(404);
        anonymous().get("/media/" + sha + "/original.png").then().statusCode(404);
        asAdmin().delete("/api/v1/images/" + featured).then().statusCode(204);

        asAdmin().body("{\"title\": \"x\", \"markdown\": \"x\", \"featuredImage\": 999999999}").post("/api/v1/posts")
                .then().statusCode(422).body("errors[0].field", equalTo("featuredImage"));
    }

    @Test
    void concurrentFirstRequestsForOneVariantAllGetTheSameBytes() throws Exception {
        String url = asAdmin().get("/api/v1/images/" + uploadGenerated(GeneratedImages.PHOTO_JPEG)).then()
                .extract().path("variants[2].webpUrl");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<byte[]>) () -> given().get(url).then().statusCode(200)
                        .extract().asByteArray()));
            }
            byte[] first = results.get(0).get();
            assertNotNull(ImageIO.read(new ByteArrayInputStream(first)));
            for (Future<byte[]> result : results) {
                assertArrayEquals(first, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A PNG signature and a valid IHDR chunk claiming the given size, and nothing else. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
        out.writeBytes(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    /** SOI and a baseline SOF0 for a three-component image of the given size, and nothing else. */
    static byte[] jpegHeader(int width, int height) {
        return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8,
                (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width, 3,
                1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
    }
}
