package dev.inkstone.redirect;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The normal form of an old site's path, so that the many spellings of one address find one redirect: percent
 * escapes decoded (so their case and whether a character was escaped at all do not matter), no trailing slash, no
 * fragment. A full URL counts by its path and query (a WordPress {@code link}); the query is kept because plain
 * WordPress permalinks are {@code /?p=123}, without the tracking parameters feeds add to links ({@code utm_*}). Case
 * outside escapes is kept: paths are case-sensitive.
 */
final class RedirectPaths {

    /** Bound on the normal form: three bytes a character stays under the index entry limit of PostgreSQL. */
    static final int MAX_KEY = 600;

    private RedirectPaths() {
    }

    /** Why a path has no normal form; the message names no field, the caller does. */
    static final class BadPath extends Exception {
        BadPath(String message) {
            super(message, null, false, false);
        }
    }

    /** The normal form of a path, or of the path and query of an http(s) URL. */
    static String key(String raw) throws BadPath {
        String text = raw.strip();
        if (text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8)) {
            text = pathOf(text);
        }
        if (!text.startsWith("/") || text.startsWith("//")) {
            throw new BadPath("must be a path starting with a single '/', or an http(s) URL");
        }
        int hash = text.indexOf('#');
        text = hash < 0 ? text : text.substring(0, hash);
        int question = text.indexOf('?');
        String path = decode(question < 0 ? text : text.substring(0, question));
        String query = question < 0 ? "" : query(text.substring(question + 1));
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String key = path + query;
        if (key.length() > MAX_KEY) {
            throw new BadPath("must be at most " + MAX_KEY + " characters once percent-decoded");
        }
        return key;
    }

    /** The decoded query without utm_* parameters, "?" first; "" when nothing is left. */
    private static String query(String raw) throws BadPath {
        StringBuilder kept = new StringBuilder();
        for (String parameter : raw.split("&")) {
            String decoded = decode(parameter);
            if (!decoded.isEmpty() && !decoded.startsWith("utm_")) {
                kept.append(kept.isEmpty() ? "?" : "&").append(decoded);
            }
        }
        return kept.toString();
    }

    /** The path and query of a URL as written, or the text itself when it is none; for display. */
    static String pathAndQuery(String url) {
        try {
            return pathOf(url.strip());
        } catch (BadPath e) {
            return url.strip();
        }
    }

    /** The raw path and query of an absolute URL ("/" when it has no path). */
    private static String pathOf(String url) throws BadPath {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            throw new BadPath("is not a valid URL: " + e.getReason());
        }
    }

    /** Strict percent-decoding to UTF-8: a cut escape, bytes that are not UTF-8 or a control character fail. */
    private static String decode(String text) throws BadPath {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int value = i + 2 < text.length() ? hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)) : -1;
                if (value < 0) {
                    throw new BadPath("has a '%' that is not followed by two hexadecimal digits");
                }
                bytes.write(value);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadPath("is not UTF-8 once percent-decoded");
        }
        if (decoded.chars().anyMatch(Character::isISOControl)) {
            throw new BadPath("must not contain control characters");
        }
        return decoded;
    }

    /** The value of a hexadecimal digit; negative for anything else, so a bad pair stays negative. */
    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit < 0 || c > 'f' ? -0x1000 : digit;
    }
}
