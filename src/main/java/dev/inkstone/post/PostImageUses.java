package dev.inkstone.post;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.content.ImageUses;

/** The post feature's answer to which posts use an image (featured or in their markdown), from post_image through ix_post_image_image_id. */
@ApplicationScoped
@Transactional
public class PostImageUses implements ImageUses {

    private final PostRepository posts;

    PostImageUses(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public List<PostRef> postsUsing(long imageId, int max) {
        return posts.usingImage(imageId, max);
    }

    @Override
    public List<Long> postIdsUsing(long imageId) {
        return posts.idsUsingImage(imageId);
    }
}
