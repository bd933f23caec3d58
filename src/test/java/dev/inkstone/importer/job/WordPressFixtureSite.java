package dev.inkstone.importer.job;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.inkstone.common.Fixtures;

/**
 * A WordPress replayed from the recorded REST answers in fixtures/wordpress-rest: a real HTTP server on port 0 with
 * WordPress' paging headers, 401 for the edit context without the right application password, a drawn JPEG for every
 * upload, and switches for what a real site does wrong (a broken page of posts, a redirect to another host). The
 * recorded site's origin becomes this server's, and post slugs get a prefix, so a run against a database that keeps
 * an earlier run's data creates its own posts.
 */
final class WordPressFixtureSite implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "fixture pass word";

    private static final Path ROOT = Fixtures.path("wordpress-rest");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final JsonNode index;
    private final String slugPrefix;
    /** A posts page answered with a PHP error (500), 0 for none. */
    volatile int brokenPostsPage;
    final AtomicInteger imageRequests = new AtomicInteger();

    WordPressFixtureSite(String slugPrefix) throws IOException {
        this.slugPrefix = slugPrefix;
        this.index = JSON.readTree(ROOT.resolve("index.json").toFile());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address as a user gives it. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The slug a recorded post has here. */
    String slug(String recorded) {
        return slugPrefix + "-" + recorded;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            Map<String, String> query = query(uri.getRawQuery());
            if (path.startsWith("/moved/")) {
                exchange.getResponseHeaders().add("Location", "http://elsewhere.invalid" + path.substring(6));
                exchange.sendResponseHeaders(302, -1);
            } else if (path.startsWith("/wp-content/uploads/")) {
                imageRequests.incrementAndGet();
                send(exchange, 200, "image/jpeg", image());
            } else if (path.startsWith("/wp-json/wp/v2/")) {
                rest(exchange, path.substring("/wp-json/wp/v2/".length()), query);
            } else {
                send(exchange, 404, "text/html", "<html>not here</html>".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void rest(HttpExchange exchange, String endpoint, Map<String, String> query) throws IOException {
        boolean edit = "edit".equals(query.get("context"));
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD.replace(" ", "")).getBytes(StandardCharsets.UTF_8));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && !authorization.equals(expected)) {
            json(exchange, 401, "{\"code\":\"incorrect_password\",\"message\":\"The provided password is an invalid "
                    + "application password.\",\"data\":{\"status\":401}}");
            return;
        }
        if (edit && authorization == null) {
            json(exchange, 401, "{\"code\":\"rest_forbidden_context\",\"message\":\"Sorry, you are not allowed to "
                    + "edit posts in this post type.\",\"data\":{\"status\":401}}");
            return;
        }
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        if (endpoint.equals("posts") && page == brokenPostsPage) {
            send(exchange, 500, "text/html", "<b>Fatal error</b>: Allowed memory size exhausted"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = endpoint + "-" + (edit && !endpoint.equals("users") ? "edit" : "view") + "-" + page + ".json";
        JsonNode headers = index.path("pages").path(name);
        if (headers.isMissingNode()) {
            json(exchange, 400, "{\"code\":\"rest_post_invalid_page_number\",\"message\":\"The page number requested "
                    + "is larger than the number of pages available.\",\"data\":{\"status\":400}}");
            return;
        }
        String body = Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8)
                .replace(index.path("origin").asText(), url());
        if (endpoint.equals("posts") || endpoint.equals("pages")) {
            JsonNode posts = JSON.readTree(body);
            posts.forEach(post -> ((ObjectNode) post).put("slug", slugPrefix + "-" + post.path("slug").asText()));
            body = JSON.writeValueAsString(posts);
        }
        exchange.getResponseHeaders().add("X-WP-Total", headers.path("total").asText());
        exchange.getResponseHeaders().add("X-WP-TotalPages", headers.path("totalPages").asText());
        json(exchange, 200, body);
    }

    /** A JPEG of this site's own colour: its bytes differ from every other run's, so the import stores it anew. */
    private byte[] image() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        int port = server.getAddress().getPort();
        Color colour = new Color(port % 256, (port / 256) % 256, 128);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, x < 32 ? colour.getRGB() : colour.darker().getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
