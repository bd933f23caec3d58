package dev.inkstone.post;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The slugs posts took or gave up in the current transaction. With them a write's slug lookups read the database
 * without flushing the transaction's pending posts first: in a batch (an import, POST /posts/batch) the query's
 * auto-flush sent each post's inserts on their own and walked every entity the transaction held, once per post.
 * Every slug change goes through {@link PostService}, which notes it here; the unique index stays the real guard.
 */
@ApplicationScoped
class PostSlugClaims {

    /** Key of the transaction's claims in the synchronization registry. */
    private static final Object CLAIMS = new Object();

    /** What this transaction did with a slug: {@code holder} took it, or a null holder gave it up. */
    record Claim(Post holder) {
    }

    private final TransactionSynchronizationRegistry transactions;

    PostSlugClaims(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** This transaction's claim on the slug, or null when it did not touch it (the database then knows). */
    Claim of(String slug) {
        return claims().get(slug);
    }

    void take(String slug, Post post) {
        claims().put(slug, new Claim(post));
    }

    void release(String slug) {
        if (slug != null) {
            claims().put(slug, new Claim(null));
        }
    }

    private Map<String, Claim> claims() {
        @SuppressWarnings("unchecked")
        Map<String, Claim> claims = (Map<String, Claim>) transactions.getResource(CLAIMS);
        if (claims == null) {
            claims = new HashMap<>();
            transactions.putResource(CLAIMS, claims);
        }
        return claims;
    }
}
