package dev.inkstone.author;

import java.util.List;

/**
 * The posts an author wrote, as far as deleting the author needs them. Owned here and implemented by the post
 * feature, which depends on authors: authors learn of posts without importing them.
 */
public interface AuthoredPosts {

    /** A post named in a refusal. */
    record PostRef(long id, String slug) {
    }

    /** Up to {@code max} posts of the author, drafts included, by id. */
    List<PostRef> firstOf(long authorId, int max);

    /** How many posts, drafts included, carry the author. */
    long countOf(long authorId);

    /**
     * Puts {@code to} in place of {@code from} in every post's byline (a post that already has both keeps one), as a
     * post write each: sync and webhooks hear of every moved post.
     */
    void reassign(long from, long to);
}
