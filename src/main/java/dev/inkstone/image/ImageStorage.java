package dev.inkstone.image;

/**
 * Where image bytes live: the raw uploads ({@code sources/<sha256>}, never served) and the renditions made from
 * them ({@code media/<sha256>/<file>}). Keys are built by this package from a hex digest and a checked file name.
 */
public interface ImageStorage {

    /** Stores the bytes under the key, replacing any; readers never see a partly written object. */
    void put(String key, byte[] bytes, String contentType);

    /** The bytes under the key, or null when there are none. */
    byte[] get(String key);

    /** Removes the object under the key and every object under {@code key + "/"}. */
    void delete(String key);

    /**
     * Why new images could not be stored now, or null when they could; for readiness. Stores that cannot tell
     * without a network round trip per probe (S3) say null.
     */
    default String unwritable() {
        return null;
    }
}
