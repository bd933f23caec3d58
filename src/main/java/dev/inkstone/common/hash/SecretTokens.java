package dev.inkstone.common.hash;

import java.security.SecureRandom;
import java.util.Base64;

/** Bearer secrets (API tokens, preview links): 256 random bits, URL-safe, stored only as their SHA-256. */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A new secret with a prefix, so a leaked one is easy to spot in logs and by secret scanners. */
    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
