package dev.inkstone.common.http;

import java.util.function.Supplier;

import dev.inkstone.common.error.ApiException;

/**
 * The If-Match and If-None-Match of a write (RFC 9110 §13.1.1, §13.1.2, evaluated in the order of §13.2.2). A
 * service checks it inside its transaction, right after loading the entity and before changing anything, against
 * the view a GET would return at that moment: check and write see the same state, and the entity's {@code @Version}
 * turns a concurrent write that slips in before the commit into a 409 rather than a lost update.
 */
public final class Precondition {

    /** No conditional header: every check passes and no view is computed. */
    public static final Precondition NONE = new Precondition(null, null, null);

    private final EntityTagCondition ifMatch;
    private final EntityTagCondition ifNoneMatch;
    private final ETags etags;

    Precondition(EntityTagCondition ifMatch, EntityTagCondition ifNoneMatch, ETags etags) {
        this.ifMatch = ifMatch;
        this.ifNoneMatch = ifNoneMatch;
        this.etags = etags;
    }

    /**
     * For a resource that exists. {@code current} gives the view a GET returns now; it is computed only when a
     * header names entity tags. If-Match compares strongly ({@code *}: it exists); If-None-Match weakly ({@code *}:
     * it must not exist).
     */
    public void check(Supplier<?> current) {
        String etag = needsTag(ifMatch) || needsTag(ifNoneMatch) ? etags.of(current.get()) : null;
        if (ifMatch != null && !ifMatch.any() && !ifMatch.matchesStrongly(etag)) {
            throw failed("If-Match does not match the current ETag: the resource changed since it was read; "
                    + "read it again and reapply the change");
        }
        if (ifNoneMatch != null && (ifNoneMatch.any() || ifNoneMatch.matchesWeakly(etag))) {
            throw failed(ifNoneMatch.any() ? "If-None-Match: * asks to create only, and the resource exists"
                    : "If-None-Match names the current ETag of the resource");
        }
    }

    /**
     * The version a write body carries (a client sending back what it read), checked as If-Match would check the
     * ETag of that read: absent passes, another version than the current one fails with 412.
     */
    public static void requireVersion(Long sent, long current) {
        if (sent != null && sent != current) {
            throw failed("The body's version " + sent + " is not the current version " + current + ": the "
                    + "resource changed since it was read; read it again and reapply the change");
        }
    }

    /** For a resource that does not exist yet, which the write would create: If-Match cannot hold. */
    public void checkAbsent() {
        if (ifMatch != null) {
            throw failed("If-Match needs a current representation, and the resource does not exist");
        }
    }

    private static boolean needsTag(EntityTagCondition condition) {
        return condition != null && !condition.any();
    }

    private static ApiException failed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition Failed", detail, null, null);
    }
}
