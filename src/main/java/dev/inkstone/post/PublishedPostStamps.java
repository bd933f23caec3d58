package dev.inkstone.post;

import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;

/**
 * Published posts in blocks of consecutive ids, for sitemaps: a block is read by a primary-key range whatever its
 * number, so every sitemap file costs the same (keyset by id, never an offset).
 */
@ApplicationScoped
@Transactional
public class PublishedPostStamps {

    private final PostRepository posts;
    private final InstantSource clock;

    PublishedPostStamps(PostRepository posts, InstantSource clock) {
        this.posts = posts;
        this.clock = clock;
    }

    /** The blocks of {@code size} ids that hold a published post, in order. */
    public List<PostIdBlock> blocks(int size) {
        return posts.visibleIdBlocks(size, Timestamps.normalize(clock.instant())).stream()
                .sorted(Comparator.comparingLong(PostIdBlock::number)).toList();
    }

    /** The published posts of block {@code number}, by id; empty when it holds none. */
    public List<PostStamp> inBlock(long number, int size) {
        return posts.visibleInIdRange((number - 1) * size, number * size, Timestamps.normalize(clock.instant()));
    }
}
