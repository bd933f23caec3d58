package dev.inkstone.common.http;

/**
 * Thrown by a read by slug that found an old slug of a resource the caller may see: the answer is a 301 to the same
 * address with the last path segment replaced by {@code currentSlug} (see {@link SlugMovedMapper}).
 */
public class SlugMoved extends RuntimeException {

    private final String currentSlug;

    public SlugMoved(String currentSlug) {
        super("moved to " + currentSlug, null, false, false);
        this.currentSlug = currentSlug;
    }

    public String currentSlug() {
        return currentSlug;
    }
}
