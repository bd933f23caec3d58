package dev.inkstone.common.error;

import java.time.Duration;
import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Authentication refused unchecked because the client failed too often lately: answered 429 with Retry-After by
 * ProblemMapper. It travels as an authentication failure marked with an attribute, because that is what Quarkus
 * security carries from an authentication mechanism to the exception mappers (and the class is final).
 */
public final class TooManyAttempts {

    private static final String RETRY_AFTER = "inkstone.retry-after-seconds";

    private TooManyAttempts() {
    }

    public static AuthenticationFailedException failure(Duration retryAfter, String message) {
        // Whole seconds, rounded up, at least 1: Retry-After takes no fractions, and 0 would invite a retry at once.
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        return new AuthenticationFailedException(message, Map.of(RETRY_AFTER, seconds));
    }

    /** The seconds to wait, for a failure made by {@link #failure}; null for any other. */
    static Long retryAfterSeconds(AuthenticationFailedException e) {
        return e.getAttributes() == null ? null : (Long) e.getAttributes().get(RETRY_AFTER);
    }
}
