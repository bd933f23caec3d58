package dev.inkstone.post;

import java.time.Instant;
import java.util.List;

import dev.inkstone.seo.SeoInput;

/**
 * The fields a post's history follows, as they stand at one moment: tags, categories, authors and the featured image by id,
 * the status as readers see it. Compared before and after a write to tell whether it changed anything followed.
 */
public record PostFields(String title, String slug, PostStatus status, Instant publishedAt, String markdown,
        String excerpt, List<Long> authors, Long featuredImage, List<Long> tags, List<Long> categories, SeoInput seo) {

    static PostFields of(Post post, Instant now) {
        // Copies: the write that follows changes the post's collections in place.
        return new PostFields(post.title, post.slug, post.effectiveStatus(now), post.publishedAt, post.markdown,
                post.excerpt, List.copyOf(post.authorIds), post.featuredImageId, List.copyOf(post.tagIds),
                List.copyOf(post.categoryIds), SeoInput.of(post.seo));
    }
}
