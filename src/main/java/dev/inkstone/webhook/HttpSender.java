package dev.inkstone.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * POSTs one signed delivery: connect timeout 5 s, 10 s for the whole exchange, redirects never followed (a 3xx is a
 * failure: following one would let a public target bounce the request into the private network), at most 1 KB of
 * the answer kept. The target is checked again right before the request, since its DNS answer may have changed
 * since it was saved; the JDK caches that lookup (networkaddress.cache.ttl, 30 s by default), so the client almost
 * always connects to the address just checked, though it cannot be made to use that very one.
 */
@ApplicationScoped
class HttpSender {

    static final int KEPT_BODY_BYTES = 1024;

    /** A claimed delivery, ready to send. */
    record Outgoing(long deliveryId, String url, String secret, byte[] body) {
    }

    private final HttpClient client;
    private final TargetGuard guard;
    private final InstantSource clock;
    private final Duration requestTimeout;

    HttpSender(TargetGuard guard, InstantSource clock, WebhooksConfig config) {
        this.guard = guard;
        this.clock = clock;
        this.requestTimeout = config.requestTimeout();
        // HTTP/1.1: the JDK's default (HTTP/2) would offer an h2c upgrade to plain-http receivers, which some refuse.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    CompletableFuture<Outcome> send(Outgoing outgoing) {
        String refusal = guard.refusal(outgoing.url());
        if (refusal != null) {
            return CompletableFuture.completedFuture(Outcome.failed(0, refusal));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.url()))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Inkstone-Webhooks/1")
                .header("Inkstone-Delivery", Long.toString(outgoing.deliveryId()))
                .header(Signature.HEADER, Signature.header(outgoing.secret(), clock.instant().getEpochSecond(),
                        outgoing.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(outgoing.body()))
                .build();
        long started = System.nanoTime();
        return exchange(request)
                // A kept-alive connection the receiver closed as it was reused fails before any answer: send again on
                // a fresh one rather than wait for the retry backoff (receivers drop repeats by Inkstone-Delivery).
                .exceptionallyCompose(error -> closedBeforeAnswer(error) ? exchange(request)
                        : CompletableFuture.failedFuture(error))
                .handle((response, error) -> {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    if (error != null) {
                        return Outcome.failed(millis, describe(error));
                    }
                    String failure = response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
                    return new Outcome(response.statusCode(), millis, failure, response.body());
                });
    }

    private CompletableFuture<HttpResponse<String>> exchange(HttpRequest request) {
        return client.sendAsync(request, info -> new LimitedBody(KEPT_BODY_BYTES))
                .orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An I/O failure that is neither a timeout nor a refused connection: the connection went before the answer. */
    private static boolean closedBeforeAnswer(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof IOException && !(cause instanceof HttpTimeoutException)
                && !(cause instanceof ConnectException);
    }

    private String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return "timed out: " + cause.getMessage();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
