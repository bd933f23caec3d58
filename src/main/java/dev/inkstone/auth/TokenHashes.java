package dev.inkstone.auth;

import dev.inkstone.common.hash.SecretTokens;
import dev.inkstone.common.hash.Sha256;

/** Token values and their stored form. */
final class TokenHashes {

    private TokenHashes() {
    }

    /** 256 random bits, URL-safe, with a prefix so leaked tokens are easy to spot in logs and scanners. */
    static String newToken() {
        return SecretTokens.generate("ink_");
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
