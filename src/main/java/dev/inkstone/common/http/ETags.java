package dev.inkstone.common.http;

import java.util.Arrays;
import java.util.Base64;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.common.hash.Sha256;

/**
 * The one ETag function of the API, shared by {@link ETagFilter} (responses) and {@link Precondition} (writes): a
 * representation is serialized with the application's ObjectMapper, and its strong ETag is a hash of those exact
 * bytes. Anything that changes the JSON (a renamed tag inside a post, a live postCount, a moved category's path)
 * changes the ETag, with no bookkeeping in the features.
 */
@Singleton
public class ETags {

    // 128 bits of SHA-256: collisions are out of reach for any number of versions one resource will ever have.
    private static final int HASH_BYTES = 16;

    private final ObjectMapper mapper;

    ETags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The ETag a response carrying this representation gets. */
    public String of(Object representation) {
        return hash(serialize(representation));
    }

    /** The JSON bytes a representation is sent as. */
    byte[] serialize(Object representation) {
        try {
            return mapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a " + representation.getClass().getName(), e);
        }
    }

    /** {@code "<base64url of the first 16 bytes of SHA-256>"}: only etagc characters, 24 in all. */
    static String hash(byte[] body) {
        byte[] hash = Sha256.digest(body);
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, HASH_BYTES)) + '"';
    }
}
