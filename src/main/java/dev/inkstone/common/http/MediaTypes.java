package dev.inkstone.common.http;

/** Media types the JAX-RS constants lack. */
public final class MediaTypes {

    /** RFC 7396 JSON merge patch, the body of every PATCH. */
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private MediaTypes() {
    }
}
