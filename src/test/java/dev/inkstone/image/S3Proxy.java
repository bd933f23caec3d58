package dev.inkstone.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * S3Proxy, a real S3 server (in-memory jclouds backend), run as its own JVM from the jar the build copies to
 * target/s3proxy, so that its Jetty and jclouds stay off the Quarkus test classpath.
 */
public class S3Proxy implements QuarkusTestResourceLifecycleManager {

    static final String IDENTITY = "inkstone-test";
    static final String CREDENTIAL = "inkstone-test-secret";

    private Process process;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path properties = Files.createTempFile("s3proxy", ".properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=transient",
                    "jclouds.identity=" + IDENTITY,
                    "jclouds.credential=" + CREDENTIAL, ""));
            Path log = Path.of("target", "s3proxy", "s3proxy.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", "target/s3proxy/s3proxy.jar",
                    "--properties", properties.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitPort(port);
            return Map.of(
                    "inkstone.images.storage", "s3",
                    "inkstone.images.s3.bucket", "inkstone-test-" + Long.toString(System.nanoTime(), 36),
                    "inkstone.images.s3.endpoint", "http://127.0.0.1:" + port,
                    "inkstone.images.s3.path-style", "true",
                    "inkstone.images.s3.region", "us-east-1",
                    "inkstone.images.s3.access-key", IDENTITY,
                    "inkstone.images.s3.secret-key", CREDENTIAL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPort(int port) {
        // A JVM starting on a busy machine: allow it a minute.
        Awaitility.await("S3Proxy opening port " + port).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("S3Proxy exited; see target/s3proxy/s3proxy.log");
                    }
                    try (Socket socket = new Socket("127.0.0.1", port)) {
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
