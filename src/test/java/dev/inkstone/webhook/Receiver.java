package dev.inkstone.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port that records every request and answers with queued status codes (200
 * once the queue is empty; 503 to everything while down): the other end of a webhook.
 */
public final class Receiver implements AutoCloseable {

    /** One request as received. */
    public record Request(String signature, String delivery, byte[] body, int answered) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    private volatile boolean down;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Integer queued = down ? null : answers.poll();
            int status = down ? 503 : queued == null ? 200 : queued;
            requests.add(new Request(exchange.getRequestHeaders().getFirst("Inkstone-Signature"),
                    exchange.getRequestHeaders().getFirst("Inkstone-Delivery"), body, status));
            byte[] answer = ("{\"status\": " + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** The next requests are answered with these codes, in order. */
    Receiver answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** While down, every request is answered 503 (an outage of the receiving site). */
    public void down(boolean isDown) {
        this.down = isDown;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** The requests whose body mentions the text. */
    List<Request> mentioning(String text) {
        return requests.stream().filter(r -> r.text().contains(text)).toList();
    }

    Map<String, Object> webhookBody(List<String> events, int coalesceSeconds) {
        return Map.of("url", url(), "events", events, "coalesceSeconds", coalesceSeconds);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
