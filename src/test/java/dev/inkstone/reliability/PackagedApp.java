package dev.inkstone.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/quarkus-app) as a child process, started in a working directory of its own so
 * that its defaults (./data/… for the H2 database, the search index and images) land there.
 */
final class PackagedApp implements AutoCloseable {

    static final String TOKEN = "packaged-app-test-token";

    private final Path jar;
    private final Path workDir;
    private final Map<String, String> env;
    private Process process;
    private int port;
    private int starts;
    private Path log;

    PackagedApp(Path jar, Path workDir, Map<String, String> env) {
        this.jar = jar;
        this.workDir = workDir;
        this.env = env;
    }

    /** Starts the app on a free port and waits until it reports ready. */
    void start() throws IOException {
        port = freePort();
        log = workDir.resolve("app-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBin(), "-XX:+UseSerialGC", "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()))
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // The app's defaults are what is tested: nothing from the test run's own database settings.
        environment.keySet().removeIf(name -> name.startsWith("INKSTONE_"));
        environment.putAll(env);
        environment.put("INKSTONE_PORT", Integer.toString(port));
        environment.put("INKSTONE_ADMIN_TOKEN", TOKEN);
        process = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        await("the app at port " + port + " to be ready (log: " + log + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The app exited: " + tail(log));
                    }
                    try {
                        return client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or the OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The app did not die");
        }
    }

    /** What the current (or last) run has logged so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
