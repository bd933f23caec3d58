package dev.inkstone.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;

import io.quarkus.logging.Log;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Failed token attempts per client address, in fixed windows that start at an address's first failure. Past
 * {@code max} failures in its window an address is refused (429) until the window ends, good tokens included: a
 * guesser must not learn from the answer whether a guess was right. Each window is logged once, when it ends, with
 * its counts; tokens never are. Windows live in a Caffeine cache bounded in addresses and timed by the application
 * clock, so tests move time instead of waiting.
 */
@ApplicationScoped
class FailedTokenAttempts {

    /** One address's window: when it started, failures counted in it, requests refused in it. */
    private record Window(Instant start, AtomicInteger failures, AtomicInteger refused) {
    }

    private final InstantSource clock;
    private final int max;
    private final Duration window;
    private final Cache<String, Window> windows;

    FailedTokenAttempts(AuthConfig config, InstantSource clock) {
        this.clock = clock;
        this.max = config.failedAttempts().max();
        this.window = config.failedAttempts().window();
        this.windows = Caffeine.newBuilder()
                .maximumSize(config.failedAttempts().trackedAddresses())
                .expireAfterWrite(window)
                .ticker(() -> nanos(clock.instant()))
                // Ends windows on time even when no request comes to look at them, so each is logged promptly.
                .scheduler(Scheduler.systemScheduler())
                .removalListener((String address, Window ended, RemovalCause cause) -> log(address, ended))
                .build();
    }

    /** The client's address: the socket's peer, or the proxy-reported one when the proxy settings trust it. */
    static String addressOf(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    /** How long the address is refused for, if it is. */
    Optional<Duration> refusedFor(String address) {
        Window current = windows.getIfPresent(address);
        if (current == null || current.failures().get() < max) {
            return Optional.empty();
        }
        current.refused().incrementAndGet();
        Duration left = Duration.between(clock.instant(), current.start().plus(window));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    void failed(String address) {
        windows.get(address, a -> new Window(clock.instant(), new AtomicInteger(), new AtomicInteger()))
                .failures().incrementAndGet();
    }

    private void log(String address, Window ended) {
        if (ended == null) {
            return;
        }
        if (ended.refused().get() > 0) {
            Log.warnf("%d failed token attempts from %s in the %s from %s; %d more refused unchecked",
                    ended.failures().get(), address, window, ended.start(), ended.refused().get());
        } else {
            Log.infof("%d failed token attempts from %s in the %s from %s", ended.failures().get(), address,
                    window, ended.start());
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
