package dev.inkstone.image;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An image uploaded as 西湖.jpg keeps that name in its record and in the export, whether the client writes the name
 * as raw UTF-8 in filename= (browsers, curl) or percent-encoded in RFC 5987 filename*= (RFC 7578 allows both). The
 * multipart body is built by hand here, so the test controls the exact bytes of the header.
 */
@QuarkusTest
class ChineseFilenameTest {

    private static final String NAME = "西湖.jpg";

    @Test
    void keepsARawUtf8Filename() throws IOException {
        upload("form-data; name=\"file\"; filename=\"" + NAME + "\"");
    }

    @Test
    void keepsAnRfc5987Filename() throws IOException {
        upload("form-data; name=\"file\"; filename*=UTF-8''%E8%A5%BF%E6%B9%96.jpg");
    }

    private static void upload(String disposition) throws IOException {
        String boundary = "inkstone-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition
                + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jpeg());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        int id = given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/api/v1/images").then().statusCode(201).body("filename", equalTo(NAME))
                .extract().path("id");

        given().header("Authorization", "Bearer " + ADMIN_TOKEN).get("/api/v1/images/" + id).then()
                .statusCode(200).body("filename", equalTo(NAME));
        List<Map<String, Object>> exported = given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .get("/api/v1/export").then().statusCode(200).extract().jsonPath().getList("images");
        Map<String, Object> image = exported.stream().filter(i -> ((Number) i.get("id")).intValue() == id)
                .findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(NAME, image.get("filename"));
    }

    /** A small JPEG of a random colour: new bytes for every upload. */
    private static byte[] jpeg() throws IOException {
        BufferedImage picture = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        graphics.fillRect(0, 0, 32, 24);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", out);
        return TestImages.unique(out.toByteArray());
    }
}
