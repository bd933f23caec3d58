package dev.inkstone.common.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Request targets with raw UTF-8 bytes ({@code curl "$API/search?q=算力"} sends them so) are read as UTF-8, exactly
 * like their percent-encoded form, as nginx and WordPress read them: the HTTP decoder keeps each byte as one
 * ISO-8859-1 character, and each such byte is percent-encoded here, before any route sees the request. What is still
 * not a URI after that is a problem+json 400 here; Quarkus' own check, which answers those with an empty 400 before
 * any filter can run, is off for that reason (see {@link dev.inkstone.InkstoneMain}).
 */
@ApplicationScoped
public class RawUtf8Uris {

    /** Before every other filter: CORS, the response cache and the resources all see the encoded form. */
    static final int PRIORITY = 10_000;

    private static final String INVALID_TARGET = "{\"type\":\"/problems/invalid-uri\",\"title\":\"Bad Request\","
            + "\"status\":400,\"detail\":\"The request target is not a valid URI: characters such as space, {, }, | or "
            + "\\\\ must be percent-encoded\"}";

    void register(@Observes Filters filters) {
        filters.register(RawUtf8Uris::encodeRawBytes, PRIORITY);
    }

    static void encodeRawBytes(RoutingContext context) {
        String uri = context.request().uri();
        String encoded = percentEncodeNonAscii(uri);
        try {
            new URI(encoded);
        } catch (URISyntaxException e) {
            // What Quarkus' check refused, as a problem instead of an empty body.
            context.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                    .end(INVALID_TARGET);
            return;
        }
        if (encoded.equals(uri)) {
            context.next();
        } else {
            context.reroute(context.request().method(), encoded);
        }
    }

    /** The target with each character above U+007F (one raw byte each) as %XX. */
    static String percentEncodeNonAscii(String uri) {
        int first = 0;
        while (first < uri.length() && uri.charAt(first) < 0x80) {
            first++;
        }
        if (first == uri.length()) {
            return uri;
        }
        StringBuilder out = new StringBuilder(uri.length() + 16).append(uri, 0, first);
        for (int i = first; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else {
                // The decoder made one char per byte; a char above U+00FF cannot come from the wire, encode its UTF-8.
                byte[] bytes = c <= 0xFF ? new byte[] { (byte) c }
                        : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        return out.toString();
    }
}
