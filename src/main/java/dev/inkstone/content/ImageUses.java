package dev.inkstone.content;

import java.util.List;

/**
 * Which posts use an image (featured or in their markdown). Owned here and implemented by the post feature, so the
 * image feature can refuse deleting a used image and re-announce its posts without depending on posts.
 */
public interface ImageUses {

    /** A post named in a refusal. */
    record PostRef(long id, String slug) {
    }

    /** Up to {@code max} posts using the image, drafts included, by id. */
    List<PostRef> postsUsing(long imageId, int max);

    /** Ids of every post using the image. */
    List<Long> postIdsUsing(long imageId);
}
