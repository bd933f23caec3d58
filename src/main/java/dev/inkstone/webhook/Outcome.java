package dev.inkstone.webhook;

/** How one attempt went: a 2xx is success; anything else, or no answer (error set), is retried. */
record Outcome(Integer statusCode, long durationMs, String error, String responseBody) {

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    static Outcome failed(long durationMs, String error) {
        return new Outcome(null, durationMs, error.length() > 1000 ? error.substring(0, 1000) : error, null);
    }
}
