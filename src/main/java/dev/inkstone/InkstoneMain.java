package dev.inkstone;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Quarkus with its own URI check off, because {@link dev.inkstone.common.http.RawUtf8Uris} does that check
 * itself: Quarkus' outermost handler ({@code VertxHttpRecorder}) refuses any request target {@code java.net.URI}
 * cannot parse, such as raw UTF-8 in a query string ({@code curl "$API/search?q=算力"}), with a 400 and no body,
 * before any filter runs. The flag is a JVM system property read once when that handler is created, so it is set
 * here, before Quarkus starts (tests set it in the Surefire configuration).
 */
@QuarkusMain
public final class InkstoneMain {

    private InkstoneMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
