package dev.inkstone.importer.media;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which file of an import's {@link MediaBundle} an image reference names. The rules, in order; the first that finds a
 * file wins:
 * <ol>
 * <li>A relative path ({@code images/a.png}, {@code ./a.png}, {@code ../img/a.png}) is resolved against the folder
 * of the post file that names it, then against the root; only exact paths, so one post never takes another post's
 * {@code images/cover.png}.</li>
 * <li>A root path ({@code /img/a.jpg}) is the file at {@code img/a.jpg}, else the file nearest the root whose path
 * ends with {@code /img/a.jpg} (Hugo's {@code static/img/a.jpg}, a zip with a top folder).</li>
 * <li>An http(s) URL (WordPress' {@code wp:attachment_url}, an {@code <img src>}) matches by its path, whatever the
 * host: the file nearest the root whose path ends with the URL's whole path
 * ({@code wp-content/uploads/2019/03/foo.jpg}), else with the part after its last {@code /uploads/}
 * ({@code 2019/03/foo.jpg}). Remote URLs are never fetched.</li>
 * <li>In a body, a WordPress size variant ({@code foo-300x200.jpg}) is looked up as its original ({@code foo.jpg})
 * first, and as itself only when the original is absent: the original is the attachment, and our renditions do the
 * resizing. An attachment's own URL and a featured image are looked up as they are first (an attachment may be named
 * {@code banner-1200x400.jpg}), then as the original.</li>
 * </ol>
 * Query strings and fragments are ignored and percent-escapes decoded. {@code data:} URIs and other schemes match
 * nothing. Matching compares whole path segments, case-sensitively.
 */
final class MediaMatch {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern SIZE_VARIANT = Pattern.compile("^(.+)-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]+)$");

    private MediaMatch() {
    }

    /** A path to look up, exactly or as the end of a longer path. */
    record Candidate(String path, boolean suffix) {
    }

    /** The file the reference names, or null. */
    static String find(MediaBundle bundle, String reference, String relativeTo, boolean inBody) {
        for (Candidate candidate : candidates(reference, relativeTo, inBody)) {
            String found = candidate.suffix() ? bundle.suffix(candidate.path()) : bundle.exact(candidate.path());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The lookups for a reference, in order; empty when it can name no file (data:, mailto:, nothing). */
    static List<Candidate> candidates(String reference, String relativeTo, boolean inBody) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.startsWith("<") && ref.endsWith(">")) {
            ref = ref.substring(1, ref.length() - 1).strip();
        }
        List<Candidate> out = new ArrayList<>();
        if (ref.isEmpty()) {
            return out;
        }
        Matcher scheme = SCHEME.matcher(ref);
        boolean url = ref.startsWith("//") || scheme.find();
        if (url) {
            String name = scheme.find(0) ? scheme.group(1).toLowerCase(Locale.ROOT) : "https";
            if (!(name.equals("http") || name.equals("https"))) {
                return out;
            }
            String path = urlPath(ref);
            if (path == null || path.isEmpty()) {
                return out;
            }
            sized(out, inBody, path, true);
            int uploads = path.lastIndexOf("/uploads/");
            if (uploads >= 0 || path.startsWith("uploads/")) {
                String after = uploads >= 0 ? path.substring(uploads + "/uploads/".length())
                        : path.substring("uploads/".length());
                if (!after.isEmpty()) {
                    sized(out, inBody, after, true);
                }
            }
            return out;
        }
        String path = decode(stripQuery(ref));
        if (path.startsWith("/")) {
            String rooted = normalize(path);
            if (rooted != null && !rooted.isEmpty()) {
                sized(out, inBody, rooted, false);
                sized(out, inBody, rooted, true);
            }
            return out;
        }
        if (relativeTo != null && relativeTo.contains("/")) {
            String near = normalize(relativeTo.substring(0, relativeTo.lastIndexOf('/') + 1) + path);
            if (near != null && !near.isEmpty()) {
                sized(out, inBody, near, false);
            }
        }
        String rooted = normalize(path);
        if (rooted != null && !rooted.isEmpty()) {
            sized(out, inBody, rooted, false);
        }
        return out;
    }

    /** The original's path of a WordPress size variant ({@code foo-300x200.jpg} → {@code foo.jpg}), or null. */
    static String original(String path) {
        int slash = path.lastIndexOf('/');
        Matcher variant = SIZE_VARIANT.matcher(path.substring(slash + 1));
        return variant.matches() ? path.substring(0, slash + 1) + variant.group(1) + variant.group(2) : null;
    }

    private static void sized(List<Candidate> out, boolean inBody, String path, boolean suffix) {
        String original = original(path);
        if (!inBody) {
            out.add(new Candidate(path, suffix));
        }
        if (original != null) {
            out.add(new Candidate(original, suffix));
        }
        if (inBody) {
            out.add(new Candidate(path, suffix));
        }
    }

    /** The decoded path of an http(s) URL without its leading slash, or null when it is no URL. */
    private static String urlPath(String url) {
        String ref = url.startsWith("//") ? "https:" + url : url;
        String raw;
        try {
            raw = new URI(ref.replace(" ", "%20")).getRawPath();
        } catch (URISyntaxException e) {
            // Real exports hold URLs with unescaped characters: take the part after the host by hand.
            int start = ref.indexOf("//");
            int slash = start < 0 ? -1 : ref.indexOf('/', start + 2);
            raw = slash < 0 ? null : stripQuery(ref.substring(slash));
        }
        return raw == null ? null : normalize(decode(raw));
    }

    private static String stripQuery(String ref) {
        int cut = ref.length();
        int query = ref.indexOf('?');
        int fragment = ref.indexOf('#');
        if (query >= 0) {
            cut = query;
        }
        if (fragment >= 0 && fragment < cut) {
            cut = fragment;
        }
        return ref.substring(0, cut);
    }

    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The path without {@code .}, {@code ..} and empty segments or a leading slash; null when it climbs above root. */
    static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
