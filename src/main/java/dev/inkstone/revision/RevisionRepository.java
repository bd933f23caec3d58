package dev.inkstone.revision;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Post revisions; every query here reads one range of ix_post_revision_post (post_id, created_at, id). */
@ApplicationScoped
class RevisionRepository implements PanacheRepositoryBase<PostRevision, Long> {

    Optional<PostRevision> find(long postId, long revisionId) {
        return find("id = ?1 and postId = ?2", revisionId, postId).firstResultOptional();
    }

    /** Deletes the post's revisions past the newest {@code keep}, oldest first, in one statement. */
    int prune(long postId, int keep) {
        return getEntityManager().createNativeQuery("delete from post_revision where post_id = ?1 and id in "
                + "(select id from post_revision where post_id = ?1 order by created_at desc, id desc offset ?2 rows)")
                .setParameter(1, postId).setParameter(2, keep).executeUpdate();
    }
}
