package dev.inkstone.common.http;

import static dev.inkstone.common.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import dev.inkstone.common.Api;

/**
 * Query strings with raw UTF-8 bytes, as curl sends {@code "$API/search?q=算力"}: read as UTF-8, exactly like their
 * percent-encoded form. Sent over a plain socket, since every HTTP client library encodes them first.
 */
@QuarkusTest
class RawQueryStringTest {

    /** Status line, headers and body of one HTTP/1.1 exchange whose request line carries the bytes as given. */
    record Answer(int status, String head, String body) {
    }

    static Answer get(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            String body = text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int pos = 0;
        while (true) {
            int eol = indexOf(bytes, pos);
            int size = Integer.parseInt(new String(bytes, pos, eol - pos, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
            pos = eol + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("no line end");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void rawUtf8InAListQueryIsReadLikeItsPercentEncodedForm() throws IOException {
        String tag = Api.unique("原始查询");
        String slug = asAdmin().body(Map.of("title", "原始的查询字符串", "status", "published", "markdown", "正文",
                "tags", List.of(tag))).post("/api/v1/posts").then().statusCode(201).extract().path("tags[0].slug");
        Answer raw = get("/api/v1/posts?tag=" + slug + "&perPage=5");
        Answer percent = get("/api/v1/posts?tag=" + encoded(slug) + "&perPage=5");
        assertEquals(200, raw.status(), raw.head() + "\n" + raw.body());
        assertEquals(percent.body(), raw.body());
        assertTrue(raw.body().contains("原始的查询字符串"), raw.body());
    }

    @Test
    void rawUtf8SearchAnswersAsPercentEncodedDoes() throws IOException {
        Answer raw = get("/api/v1/search?q=算力&perPage=3");
        Answer percent = get("/api/v1/search?q=" + encoded("算力") + "&perPage=3");
        assertEquals(200, raw.status(), raw.head() + "\n" + raw.body());
        assertEquals(percent.status(), raw.status());
        assertTrue(raw.body().startsWith("{\"items\""), raw.body());
    }

    @Test
    void aBadRawValueIsAProblemNamingTheParameter() throws IOException {
        Answer raw = get("/api/v1/posts?perPage=一百");
        assertEquals(400, raw.status(), raw.head());
        assertTrue(raw.head().toLowerCase().contains("content-type: application/problem+json"), raw.head());
        assertTrue(raw.body().contains("\"field\":\"perPage\""), raw.body());
    }

    @Test
    void aTargetThatIsNoUriIsAProblemNotAnEmpty400() throws IOException {
        Answer raw = get("/api/v1/posts?tag={x}");
        assertEquals(400, raw.status(), raw.head());
        assertTrue(raw.head().toLowerCase().contains("content-type: application/problem+json"), raw.head());
        assertTrue(raw.body().contains("\"status\":400"), raw.body());
    }
}
