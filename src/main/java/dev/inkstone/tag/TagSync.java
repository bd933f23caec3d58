package dev.inkstone.tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.post.PostCounts;

/** What delta sync reads of tags: full views of a batch. */
@ApplicationScoped
@Transactional
public class TagSync {

    private final TagRepository tags;
    private final PostCounts postCounts;

    TagSync(TagRepository tags, PostCounts postCounts) {
        this.tags = tags;
        this.postCounts = postCounts;
    }

    /** Views of those of the tags that exist, by id: two queries whatever the batch size. */
    public Map<Long, TagView> views(Collection<Long> ids) {
        List<Tag> found = tags.findByIds(ids);
        Map<Long, Long> counts = postCounts.byTag(found.stream().map(t -> t.id).toList());
        return found.stream().collect(Collectors.toMap(t -> t.id, t -> TagView.of(t, counts.getOrDefault(t.id, 0L))));
    }
}
