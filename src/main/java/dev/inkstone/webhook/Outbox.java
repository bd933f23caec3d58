package dev.inkstone.webhook;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.author.AuthorService;
import dev.inkstone.category.CategoryService;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.page.PageService;
import dev.inkstone.post.PostSync;
import dev.inkstone.tag.TagService;

/**
 * Turns the change log into deliveries. The log is transactional (a rolled-back write leaves no row) and numbered
 * in commit order, so reading it after a stored cursor, and writing the deliveries and the new cursor in one
 * transaction, gives each committed change exactly one turn into deliveries, also across a crash or restart.
 *
 * <p>The log keeps only each resource's latest change, so what a change means is found by comparing the resource
 * as it is now with what was last announced of it (webhook_announced): a post that was not public and now is was
 * published, and so on. A scheduled post becomes public with no write: {@link #announceDue} finds those whose time
 * has come in the same table.
 */
@ApplicationScoped
@Transactional
class Outbox {

    static final int LOG_PAGE = 500;
    static final int DUE_PAGE = 100;
    private static final String PUBLIC = "public";
    private static final String SCHEDULED = "scheduled";
    private static final String DRAFT = "draft";
    private static final String LIVE = "live";

    private final ChangeLog log;
    private final OutboxRepository outbox;
    private final WebhookRepository webhooks;
    private final DeliveryQueue queue;
    private final PostSync posts;
    private final TagService tags;
    private final CategoryService categories;
    private final InstantSource clock;
    private final PageService pages;
    private final AuthorService authors;

    Outbox(ChangeLog log, OutboxRepository outbox, WebhookRepository webhooks, DeliveryQueue queue, PostSync posts,
            TagService tags, CategoryService categories, InstantSource clock, PageService pages,
            AuthorService authors) {
        this.pages = pages;
        this.authors = authors;
        this.log = log;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.queue = queue;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.clock = clock;
    }

    /** Reads one page of the log after the cursor into deliveries; true when more may follow. */
    boolean announcePage() {
        OutboxRepository.Cursor cursor = outbox.lockCursor();
        ChangeLog.Position position = log.position();
        if (position.epoch() != cursor.epoch()) {
            // Another database's log (restored or recreated): its numbers mean nothing here; start at its end.
            outbox.saveCursor(new OutboxRepository.Cursor(position.seq(), null, 0, position.epoch()));
            return false;
        }
        List<ChangeLog.Logged> rows = log.changesAfter(cursor.seq(), cursor.type(), cursor.id(), LOG_PAGE);
        if (rows.isEmpty()) {
            return false;
        }
        List<WebhookChange> found = new ArrayList<>();
        Map<ChangeType, List<ChangeLog.Logged>> byType = rows.stream()
                .collect(Collectors.groupingBy(ChangeLog.Logged::type, LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, ofType) -> found.addAll(WebhookEvents.PUBLISHED_TYPES.contains(type)
                ? published(type, ofType) : others(type, ofType)));
        enqueue(found, true);
        ChangeLog.Logged last = rows.get(rows.size() - 1);
        outbox.saveCursor(new OutboxRepository.Cursor(last.seq(), last.type(), last.id(), cursor.epoch()));
        return rows.size() == LOG_PAGE;
    }

    /**
     * Announces scheduled posts and pages whose time has come (no write marks that moment); true when more may be
     * due. Holds the cursor lock too, so it never interleaves with another instance reading the log.
     */
    boolean announceDue() {
        OutboxRepository.Cursor cursor = outbox.lockCursor();
        List<OutboxRepository.Due> due = outbox.due(now(), DUE_PAGE);
        if (due.isEmpty()) {
            return false;
        }
        Map<ChangeType, List<ChangeLog.Logged>> byType = due.stream()
                .map(d -> new ChangeLog.Logged(d.type(), d.id(), cursor.seq(), false))
                .collect(Collectors.groupingBy(ChangeLog.Logged::type, LinkedHashMap::new, Collectors.toList()));
        List<WebhookChange> found = new ArrayList<>();
        byType.forEach((type, rows) -> found.addAll(published(type, rows)));
        enqueue(found, false);
        return due.size() == DUE_PAGE;
    }

    /** Where a post or page stands: its slug, and when it is (or becomes) public; null when it is a draft. */
    private record Seen(String slug, Instant visibleAt) {
    }

    private Map<Long, Seen> seen(ChangeType type, List<Long> ids) {
        if (type == ChangeType.PAGE) {
            return pages.visibility(ids).values().stream()
                    .collect(Collectors.toMap(v -> v.id(), v -> new Seen(v.slug(), v.visibleAt())));
        }
        return posts.visibility(ids).values().stream()
                .collect(Collectors.toMap(v -> v.id(), v -> new Seen(v.slug(), v.visibleAt())));
    }

    /**
     * Posts and pages are announced as anonymous readers see them: published, updated while public, unpublished,
     * deleted after being public; a draft's edits are nobody's news.
     */
    private List<WebhookChange> published(ChangeType type, List<ChangeLog.Logged> rows) {
        List<Long> ids = rows.stream().map(ChangeLog.Logged::id).toList();
        Map<Long, OutboxRepository.Announced> before = outbox.announced(type, ids);
        Map<Long, Seen> now = seen(type, ids);
        Instant at = now();
        List<WebhookChange> found = new ArrayList<>();
        for (ChangeLog.Logged row : rows) {
            OutboxRepository.Announced previous = before.get(row.id());
            boolean wasPublic = previous != null && PUBLIC.equals(previous.state());
            Seen current = now.get(row.id());
            if (row.deleted() || current == null) {
                // One gone without a tombstone yet was deleted after this page was read; its tombstone follows.
                if (row.deleted()) {
                    outbox.forget(type, row.id());
                    if (wasPublic) {
                        found.add(change(WebhookEvents.of(type, "deleted"), row, previous.slug()));
                    }
                }
                continue;
            }
            String state = current.visibleAt() == null ? DRAFT : current.visibleAt().isAfter(at) ? SCHEDULED : PUBLIC;
            outbox.save(new OutboxRepository.Announced(type, row.id(), state, current.slug(), current.visibleAt()));
            String action = PUBLIC.equals(state) ? (wasPublic ? "updated" : "published")
                    : wasPublic ? "unpublished" : null;
            if (action != null) {
                found.add(change(WebhookEvents.of(type, action), row, current.slug()));
            }
        }
        return found;
    }

    private List<WebhookChange> others(ChangeType type, List<ChangeLog.Logged> rows) {
        List<Long> ids = rows.stream().map(ChangeLog.Logged::id).toList();
        Map<Long, OutboxRepository.Announced> before = outbox.announced(type, ids);
        Map<Long, String> slugs = slugs(type, ids);
        List<WebhookChange> found = new ArrayList<>();
        for (ChangeLog.Logged row : rows) {
            OutboxRepository.Announced previous = before.get(row.id());
            if (row.deleted()) {
                outbox.forget(type, row.id());
                found.add(change(WebhookEvents.of(type, "deleted"), row,
                        previous == null ? null : previous.slug()));
                continue;
            }
            String slug = slugs.get(row.id());
            outbox.save(new OutboxRepository.Announced(type, row.id(), LIVE, slug, null));
            found.add(change(WebhookEvents.of(type, previous == null ? "created" : "updated"), row, slug));
        }
        return found;
    }

    /** Slugs of tags, categories, pages and authors, one batch each; images have none. */
    private Map<Long, String> slugs(ChangeType type, List<Long> ids) {
        return switch (type) {
            case TAG -> tags.summaries(ids).values().stream()
                    .collect(Collectors.toMap(s -> s.id(), s -> s.slug()));
            case CATEGORY -> categories.summaries(ids).values().stream()
                    .collect(Collectors.toMap(s -> s.id(), s -> s.slug()));
            case PAGE -> pages.views(ids, true).values().stream()
                    .collect(Collectors.toMap(s -> s.id(), s -> s.slug()));
            case AUTHOR -> authors.summaries(ids).values().stream()
                    .collect(Collectors.toMap(s -> s.id(), s -> s.slug()));
            default -> Map.of();
        };
    }

    /**
     * Queues the changes for every active webhook subscribed to them, one delivery per committed write unless the
     * webhook coalesces. A webhook hears only of logged changes after its creation; a scheduled post coming due is
     * news to every webhook there is at that moment.
     */
    private void enqueue(List<WebhookChange> found, boolean logged) {
        if (found.isEmpty()) {
            return;
        }
        Map<Long, List<WebhookChange>> byWrite = found.stream()
                .collect(Collectors.groupingBy(WebhookChange::position, LinkedHashMap::new, Collectors.toList()));
        for (Webhook webhook : webhooks.active()) {
            for (List<WebhookChange> write : byWrite.values()) {
                List<WebhookChange> wanted = write.stream().filter(c -> (!logged || c.position() > webhook.createdSeq)
                        && WebhookEvents.matches(webhook.events, c.event())).toList();
                queue.add(webhook, wanted);
            }
        }
    }

    private static WebhookChange change(String event, ChangeLog.Logged row, String slug) {
        return new WebhookChange(event, row.type().wireName(), row.id(), slug, row.seq());
    }

    private Instant now() {
        return Timestamps.normalize(clock.instant());
    }
}
