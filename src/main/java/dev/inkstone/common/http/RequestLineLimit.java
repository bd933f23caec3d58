package dev.inkstone.common.http;

import jakarta.inject.Singleton;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * Keeps the HTTP layer's own request-line limit above {@code inkstone.http.max-uri-length}, so every target that our
 * check refuses gets its problem+json 414. A line longer than the HTTP layer's limit never reaches a handler: Vert.x's
 * default invalid-request handler answers a bare 414 (empty body) and Quarkus offers no hook to replace that handler.
 * The configured {@code quarkus.http.limits.max-initial-line-length} (64 KiB) stands while it is the larger.
 */
@Singleton
public class RequestLineLimit implements HttpServerOptionsCustomizer {

    /** Room for the method, the two spaces and the version around the target ("OPTIONS " … " HTTP/1.1"). */
    static final int LINE_OVERHEAD = 64;

    private final int maxUriLength;

    RequestLineLimit(HttpLimits limits) {
        this.maxUriLength = limits.maxUriLength();
    }

    /** The request-line limit for a configured one: at least the longest target answered, plus the line around it. */
    static int lineLimit(int configured, int maxUriLength) {
        return Math.max(configured, maxUriLength + LINE_OVERHEAD);
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(lineLimit(options.getMaxInitialLineLength(), maxUriLength));
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        customizeHttpServer(options);
    }

    @Override
    public void customizeDomainSocketServer(HttpServerOptions options) {
        customizeHttpServer(options);
    }
}
