package dev.inkstone.post;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.author.AuthoredPosts;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;

/** The post feature's answer to which posts an author wrote, from post_author through ix_post_author_author_id. */
@ApplicationScoped
@Transactional
public class PostAuthorship implements AuthoredPosts {

    /** Posts moved per round of a reassignment: one batched load each, so memory stays flat for a prolific author. */
    private static final int BATCH = 100;

    private final PostRepository posts;
    private final ChangeLog changes;
    private final InstantSource clock;

    PostAuthorship(PostRepository posts, ChangeLog changes, InstantSource clock) {
        this.posts = posts;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public List<PostRef> firstOf(long authorId, int max) {
        return posts.byAuthor(authorId, max).stream().map(row -> new PostRef((Long) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public long countOf(long authorId) {
        return posts.countByAuthor(authorId);
    }

    @Override
    public void reassign(long from, long to) {
        Instant now = Timestamps.normalize(clock.instant());
        List<PostRef> batch = firstOf(from, BATCH);
        while (!batch.isEmpty()) {
            for (Post post : posts.byIds(batch.stream().map(PostRef::id).toList())) {
                // A new list: Hibernate rewrites the byline instead of shifting rows through pk_post_author.
                List<Long> byline = new ArrayList<>(post.authorIds);
                int at = byline.indexOf(from);
                if (byline.contains(to)) {
                    byline.remove(at);
                } else {
                    byline.set(at, to);
                }
                post.authorIds = byline;
                post.updatedAt = now;
                changes.record(ChangeType.POST, post.id);
                if (post.visibleAt(now)) {
                    changes.recordPublic(ChangeType.POST, post.id);
                }
            }
            // The moved posts no longer match, so the next round reads the next ones.
            posts.flush();
            batch = firstOf(from, BATCH);
        }
    }
}
