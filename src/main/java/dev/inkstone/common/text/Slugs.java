package dev.inkstone.common.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.hash.Sha256;

/** URL slugs that keep every script readable: "AI Agent" becomes "ai-agent", "中国故事" stays "中国故事". */
public final class Slugs {

    /** Longest slug, counted in code points so a Chinese slug is not cut three times shorter than a Latin one. */
    static final int MAX_LENGTH = 120;

    // How far back from the cut a '-' may be to be preferred over cutting mid-word.
    private static final int BOUNDARY_WINDOW = 40;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern PAGE_EXTENSION = Pattern.compile("(?i)\\.(?:s?html?|php|aspx?)$");
    private static final Pattern SCHEME_AND_AUTHORITY = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*");

    private Slugs() {
    }

    /** The slug of a title or name, or "" when it has no letters or digits at all. */
    public static String slugify(String source) {
        if (source == null) {
            return "";
        }
        String lower = Normalizer.normalize(source, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String dashed = NOT_WORD.matcher(lower).replaceAll("-");
        return truncate(trimDashes(dashed));
    }

    /** Like {@link #slugify}, but never empty: "!!!" becomes prefix-&lt;hash&gt;, the same for the same source. */
    public static String slugifyOrFallback(String source, String prefix) {
        String slug = slugify(source);
        if (!slug.isEmpty()) {
            return slug;
        }
        String hash = sha256Hex(source == null ? "" : source).substring(0, 10);
        String safePrefix = slugify(prefix);
        return safePrefix.isEmpty() ? hash : safePrefix + "-" + hash;
    }

    /** Whether the slug is exactly what this class could have produced: lower-case words joined by single '-'. */
    public static boolean isValid(String slug) {
        if (slug == null || slug.isEmpty()) {
            return false;
        }
        int length = slug.codePointCount(0, slug.length());
        return length <= MAX_LENGTH
                && VALID.matcher(slug).matches()
                && slug.equals(slug.toLowerCase(Locale.ROOT));
    }

    /** The slug a post keeps from its original address: the last path segment, decoded, then slugified. */
    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String path = SCHEME_AND_AUTHORITY.matcher(url.strip()).replaceFirst("");
        path = cutAt(cutAt(path, '#'), '?');
        String segment = "";
        String previous = "";
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                previous = segment;
                segment = part;
            }
        }
        segment = PAGE_EXTENSION.matcher(segment).replaceFirst("");
        // ".../my-post/index.html" names the post by its folder, not by "index".
        if (segment.equalsIgnoreCase("index") && !previous.isEmpty()) {
            segment = previous;
        }
        String decoded = percentDecode(segment);
        return slugify(decoded == null ? segment : decoded);
    }

    private static String cutAt(String text, char marker) {
        int at = text.indexOf(marker);
        return at < 0 ? text : text.substring(0, at);
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    private static String truncate(String slug) {
        if (slug.codePointCount(0, slug.length()) <= MAX_LENGTH) {
            return slug;
        }
        // Offsets by code point, so a supplementary character is kept or dropped whole.
        int end = slug.offsetByCodePoints(0, MAX_LENGTH);
        if (slug.charAt(end) != '-') {
            int windowStart = slug.offsetByCodePoints(0, MAX_LENGTH - BOUNDARY_WINDOW);
            int dash = slug.lastIndexOf('-', end - 1);
            if (dash >= windowStart) {
                end = dash;
            }
        }
        return trimDashes(slug.substring(0, end));
    }

    /** The UTF-8 text behind %XX escapes, or null when an escape or the bytes are malformed. */
    private static String percentDecode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < segment.length()) {
            int escape = segment.indexOf('%', i);
            if (escape < 0) {
                escape = segment.length();
            }
            bytes.writeBytes(segment.substring(i, escape).getBytes(StandardCharsets.UTF_8));
            if (escape == segment.length()) {
                break;
            }
            int high = escape + 2 < segment.length() ? Character.digit(segment.charAt(escape + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(segment.charAt(escape + 2), 16);
            if (low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i = escape + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String sha256Hex(String source) {
        return Sha256.hex(source);
    }

    /**
     * The slug itself when it is valid; otherwise a 422 naming {@code slug} that suggests the slug its text would
     * make ({@code prefix} as for {@link #slugifyOrFallback}).
     */
    public static String requireValid(String slug, String prefix) {
        if (!isValid(slug)) {
            throw ApiException.invalid("slug", "slug must be lower-case letters or digits joined by '-', e.g. '"
                    + slugifyOrFallback(slug, prefix) + "'");
        }
        return slug;
    }
}
