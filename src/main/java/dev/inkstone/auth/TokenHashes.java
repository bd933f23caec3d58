package dev.inkstone.auth;

import java.security.SecureRandom;
import java.util.Base64;

import dev.inkstone.common.hash.Sha256;

/** Token values and their stored form. */
final class TokenHashes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHashes() {
    }

    /** 256 random bits, URL-safe, with a prefix so leaked tokens are easy to spot in logs and scanners. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ink_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
