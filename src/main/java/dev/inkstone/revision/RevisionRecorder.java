package dev.inkstone.revision;

import java.time.InstantSource;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.time.Timestamps;
import dev.inkstone.post.PostWritten;

/**
 * Keeps a post's history: each write that changed a followed field adds a revision in the write's own transaction
 * (two statements: the insert and the prune past the keep limit), so a write and its revision commit together.
 */
@ApplicationScoped
class RevisionRecorder {

    /** Writes with neither a token nor an actor of their own (none today) still say something. */
    static final String UNKNOWN_ACTOR = "system";

    private final RevisionRepository revisions;
    private final RevisionConfig config;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final InstantSource clock;

    RevisionRecorder(RevisionRepository revisions, RevisionConfig config, ObjectMapper json,
            SecurityIdentity identity, InstantSource clock) {
        this.revisions = revisions;
        this.config = config;
        this.json = json;
        this.identity = identity;
        this.clock = clock;
    }

    void record(@Observes PostWritten written) {
        RevisionSnapshot before = written.before() == null ? RevisionSnapshot.NONE
                : RevisionSnapshot.of(written.before());
        List<String> changed = RevisionField.changed(before, RevisionSnapshot.of(written.after()));
        if (changed.isEmpty()) {
            return;
        }
        PostRevision revision = new PostRevision();
        revision.postId = written.post().id();
        revision.postVersion = written.post().version();
        revision.createdAt = Timestamps.normalize(clock.instant());
        revision.actor = actor(written);
        revision.changedFields = String.join(",", changed);
        revision.snapshot = toJson(RevisionSnapshot.of(written.post()));
        revisions.persist(revision);
        if (written.before() == null) {
            // A new post's first revision: nothing to prune (keep is at least 1), and no flush, so the inserts of a
            // batch of new posts (an import) go to the database together.
            return;
        }
        // Flushed first, so the prune counts the new revision among those it keeps.
        revisions.flush();
        revisions.prune(revision.postId, config.keep());
    }

    private String actor(PostWritten written) {
        if (written.actor() != null) {
            return written.actor();
        }
        // Writes outside a request (background work) have no identity to ask.
        if (Arc.container().requestContext().isActive() && !identity.isAnonymous()) {
            return identity.getPrincipal().getName();
        }
        return UNKNOWN_ACTOR;
    }

    private String toJson(RevisionSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A snapshot of plain fields always serializes", e);
        }
    }
}
