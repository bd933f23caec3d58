package dev.inkstone.post;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Which posts use an image (featured or in their markdown), from post_image through ix_post_image_image_id. */
@ApplicationScoped
@Transactional
public class PostImageUses {

    private final PostRepository posts;

    PostImageUses(PostRepository posts) {
        this.posts = posts;
    }

    /** A post named in a refusal. */
    public record PostRef(long id, String slug) {
    }

    /** Up to {@code max} posts using the image, drafts included, by id. */
    public List<PostRef> postsUsing(long imageId, int max) {
        return posts.getEntityManager().createQuery("select p.id, p.slug from Post p join p.imageIds i "
                + "where i = :image order by p.id", Object[].class).setParameter("image", imageId)
                .setMaxResults(max).getResultList().stream()
                .map(row -> new PostRef((Long) row[0], (String) row[1])).toList();
    }

    /** Ids of every post using the image. */
    public List<Long> postIdsUsing(long imageId) {
        return posts.getEntityManager().createQuery("select p.id from Post p join p.imageIds i where i = :image",
                Long.class).setParameter("image", imageId).getResultList();
    }
}
