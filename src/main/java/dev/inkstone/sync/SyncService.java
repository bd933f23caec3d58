package dev.inkstone.sync;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorView;
import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLogRepository;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.SlugHistory;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageView;
import dev.inkstone.page.PageService;
import dev.inkstone.page.PageView;
import dev.inkstone.post.PostSync;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagView;

/**
 * Delta sync: pages of what changed since a token. A round walks two lists, each keyset-paged:
 * <ol>
 * <li>The change log after the token's position, in sequence order. Numbers are taken in commit order (see
 * {@link ChangeLog}), so a row committed after a read always sorts after every row that read returned: no change is
 * skipped. Each row is answered with the resource's view as it is when read (a newer change of it moves its row
 * further on, to be answered again), or a tombstone when the resource is gone or, for a caller who does not read
 * drafts, not public.</li>
 * <li>The posts that became public in this round's window (previous round's time, now] by the clock alone: a post
 * scheduled at its last write was public at no read of that write's row; the window, taken over consecutive rounds
 * without gaps, meets its time exactly once. Callers who read drafts get these again too: their status reads
 * published now.</li>
 * </ol>
 * The first sync walks the log from its start, leaving out tombstones and posts the caller may not see; its window
 * starts when it began, so a post whose time comes during the walk is caught by the next round.
 *
 * <p>Only a resource's own changes are sent. Renaming or deleting a tag, or renaming or moving a category, does not
 * re-send the posts that carry it: that would send every such post's full markdown and html, possibly thousands, to
 * every client, for a change of one name. The tags and categories inside a post are references by id to resources
 * the same sync delivers; a client resolves them against those (a tag's tombstone removes it from posts). A
 * category's path is different: it is part of the category's own view and categories are few, so a rename or move
 * re-sends the subtree below. The postCount of a tag or category is as of when it was last sent; a client counts
 * its synced posts for a live figure.
 */
@ApplicationScoped
@Transactional
class SyncService {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final ChangeLogRepository log;
    private final PostSync posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ImageService images;
    private final InstantSource clock;
    private final SlugHistory slugHistory;
    private final PageService pages;
    private final AuthorService authors;

    SyncService(ChangeLogRepository log, PostSync posts, TagService tags, CategoryService categories,
            ImageService images, InstantSource clock, SlugHistory slugHistory, PageService pages,
            AuthorService authors) {
        this.pages = pages;
        this.authors = authors;
        this.clock = clock;
        this.slugHistory = slugHistory;
        this.log = log;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.images = images;
    }

    /** The page after {@code since} (null: a first sync) for a caller who does or does not read drafts. */
    SyncPage page(String since, int limit, boolean readsDrafts) {
        ChangeLogRepository.Counter counter = log.counter();
        Instant now = Timestamps.normalize(clock.instant());
        SyncToken token = since == null ? SyncToken.first(counter.epoch(), readsDrafts, now) : SyncToken.decode(since);
        token.checkUsableBy(counter, readsDrafts);
        List<Change> changes = new ArrayList<>();
        if (token.phase() != SyncToken.Phase.DUE) {
            boolean first = token.phase() == SyncToken.Phase.FIRST;
            List<ChangeLogRepository.Row> rows = log.after(token.seq(), token.type(), token.id(), first, limit + 1);
            boolean more = rows.size() > limit;
            List<ChangeLogRepository.Row> page = more ? rows.subList(0, limit) : rows;
            changes.addAll(resolve(page, readsDrafts, first));
            if (!page.isEmpty()) {
                ChangeLogRepository.Row last = page.get(page.size() - 1);
                token = token.afterRow(last.seq(), last.type(), last.id());
            }
            if (more) {
                return new SyncPage(changes, token.encode(), true);
            }
            if (first) {
                return new SyncPage(changes, token.caughtUp(token.from()).encode(), false);
            }
            token = token.dueUntil(now);
        }
        // The rest of the page goes to the window; one more row than fits tells whether the window goes on.
        int room = limit - changes.size();
        List<PostSync.Due> due = posts.due(token.dueAt(), token.dueId(), token.to(), room + 1);
        boolean more = due.size() > room;
        List<PostSync.Due> page = more ? due.subList(0, room) : due;
        Map<Long, PostView> views = posts.views(page.stream().map(PostSync.Due::id).toList(), readsDrafts);
        Map<Long, List<String>> oldSlugs = slugHistory.previousSlugs(ChangeType.POST, views.keySet());
        for (PostSync.Due post : page) {
            // A post written in between is absent here and answered by its log row next round.
            PostView view = views.get(post.id());
            if (view != null) {
                changes.add(Change.of(view, oldSlugs.getOrDefault(post.id(), List.of())));
            }
        }
        if (!page.isEmpty()) {
            PostSync.Due last = page.get(page.size() - 1);
            token = token.afterDue(last.visibleAt(), last.id());
        }
        return more ? new SyncPage(changes, token.encode(), true)
                : new SyncPage(changes, token.caughtUp(token.to()).encode(), false);
    }

    /** Answers log rows in their order with views loaded per type in one batch each. */
    private List<Change> resolve(List<ChangeLogRepository.Row> rows, boolean readsDrafts, boolean first) {
        Map<ChangeType, List<Long>> live = new EnumMap<>(ChangeType.class);
        for (ChangeLogRepository.Row row : rows) {
            if (!row.deleted()) {
                live.computeIfAbsent(row.type(), t -> new ArrayList<>()).add(row.id());
            }
        }
        Map<Long, PostView> postViews = posts.views(ids(live, ChangeType.POST), readsDrafts);
        Map<Long, TagView> tagViews = tags.views(ids(live, ChangeType.TAG), !readsDrafts);
        Map<Long, CategoryView> categoryViews = categories.views(ids(live, ChangeType.CATEGORY), !readsDrafts);
        Map<Long, ImageView> imageViews = readsDrafts ? images.views(ids(live, ChangeType.IMAGE)) : Map.of();
        Map<Long, PageView> pageViews = pages.views(ids(live, ChangeType.PAGE), readsDrafts);
        Map<Long, List<String>> pageSlugs = slugHistory.previousSlugs(ChangeType.PAGE, pageViews.keySet());
        Map<Long, List<String>> postSlugs = slugHistory.previousSlugs(ChangeType.POST, postViews.keySet());
        Map<Long, List<String>> tagSlugs = slugHistory.previousSlugs(ChangeType.TAG, tagViews.keySet());
        Map<Long, List<String>> categorySlugs = slugHistory.previousSlugs(ChangeType.CATEGORY, categoryViews.keySet());
        Map<Long, AuthorView> authorViews = authors.views(ids(live, ChangeType.AUTHOR), !readsDrafts);
        Map<Long, List<String>> authorSlugs = slugHistory.previousSlugs(ChangeType.AUTHOR, authorViews.keySet());
        List<Change> changes = new ArrayList<>();
        for (ChangeLogRepository.Row row : rows) {
            if (!readsDrafts && (row.type() == ChangeType.IMAGE
                    || row.type() == ChangeType.POST && !row.wasPublic() && !postViews.containsKey(row.id())
                    || row.type() == ChangeType.PAGE && !row.wasPublic() && !pageViews.containsKey(row.id()))) {
                // The image library is for token holders; a post no anonymous reader ever saw leaves no trace.
                continue;
            }
            Change change = row.deleted() ? null : switch (row.type()) {
                case POST -> postViews.containsKey(row.id())
                        ? Change.of(postViews.get(row.id()), postSlugs.getOrDefault(row.id(), List.of())) : null;
                case TAG -> tagViews.containsKey(row.id())
                        ? Change.of(tagViews.get(row.id()), tagSlugs.getOrDefault(row.id(), List.of())) : null;
                case CATEGORY -> categoryViews.containsKey(row.id()) ? Change.of(categoryViews.get(row.id()),
                        categorySlugs.getOrDefault(row.id(), List.of())) : null;
                case IMAGE -> imageViews.containsKey(row.id()) ? Change.of(imageViews.get(row.id())) : null;
                case PAGE -> pageViews.containsKey(row.id())
                        ? Change.of(pageViews.get(row.id()), pageSlugs.getOrDefault(row.id(), List.of())) : null;
                case AUTHOR -> authorViews.containsKey(row.id())
                        ? Change.of(authorViews.get(row.id()), authorSlugs.getOrDefault(row.id(), List.of())) : null;
            };
            if (change != null) {
                changes.add(change);
            } else if (!first) {
                // Deleted, deleted since the row was written, or not public: in every case the client drops it.
                changes.add(Change.deletion(row.type(), row.id()));
            }
        }
        return changes;
    }

    private static Collection<Long> ids(Map<ChangeType, List<Long>> byType, ChangeType type) {
        return byType.getOrDefault(type, List.of());
    }
}
