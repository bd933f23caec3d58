package dev.inkstone.page;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorSummary;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.http.SlugMoved;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.text.MarkdownRenderer;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.text.WordCount;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.Schedule;
import dev.inkstone.content.SlugHistory;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageSummary;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.seo.SeoService;
import dev.inkstone.seo.SeoView;

/**
 * Page rules: those of posts (rendering on write, publication states, unique slugs, what each caller may see) plus
 * the tree: a parent must exist and may not be the page or one of its descendants.
 */
@ApplicationScoped
@Transactional
public class PageService implements Schedule {

    private final PageRepository pages;
    private final ImageService images;
    private final ChangeLog changes;
    private final SlugHistory slugHistory;
    private final InstantSource clock;
    private final Event<PageWritten> written;
    private final SeoService seo;
    private final AuthorService authors;

    PageService(PageRepository pages, ImageService images, ChangeLog changes, SlugHistory slugHistory,
            InstantSource clock, Event<PageWritten> written, SeoService seo, AuthorService authors) {
        this.seo = seo;
        this.authors = authors;
        this.pages = pages;
        this.images = images;
        this.changes = changes;
        this.slugHistory = slugHistory;
        this.clock = clock;
        this.written = written;
    }

    /** Result of an upsert: whether it created the page. */
    public record Upserted(boolean created, PageView page) {
    }

    /** Fields page lists sort by; publishedAt reads visibleAt, equal to it for every page that is not a draft. */
    static final List<SortField<Page>> SORTS = List.of(
            new SortField<>("menuOrder", "menuOrder", Integer.class, p -> p.menuOrder),
            new SortField<>("publishedAt", "visibleAt", Instant.class, p -> p.visibleAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, p -> p.updatedAt),
            new SortField<>("title", "title", String.class, p -> p.title),
            new SortField<>("id", "id", Long.class, p -> p.id));

    /** A page of pages; anything but published pages needs draft rights, which the resource checks. */
    dev.inkstone.common.paging.Page<PageView> list(PageRequest request, PageStatusFilter status,
            PageFilters filters, boolean bodies) {
        Instant now = Timestamps.normalize(clock.instant());
        boolean dated = status == PageStatusFilter.PUBLISHED || status == PageStatusFilter.SCHEDULED;
        Sort<Page> sort = Sort.parse(filters.sort, request, SORTS, "menuOrder");
        if (!dated && sort.field().name().equals("publishedAt")) {
            throw ApiException.badParameter("sort", "drafts have no publication date: sort by menuOrder, updatedAt, "
                    + "title or id");
        }
        ListQuery<Page> query = pages.listed(status, now, parentFilter(filters.parent));
        long total = pages.count(query);
        return dev.inkstone.common.paging.Page.of(pages.page(query, sort, request), request, total, sort,
                page -> views(page, bodies, now));
    }

    /** {@code parent=none}: top-level pages; a page id: its children; absent: any. */
    private static PageListFilter parentFilter(String parent) {
        if (parent == null || parent.isBlank()) {
            return new PageListFilter(null, false);
        }
        if (parent.strip().equals("none")) {
            return new PageListFilter(null, true);
        }
        try {
            return new PageListFilter(Long.parseLong(parent.strip()), false);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("parent", "parent must be a page id or none");
        }
    }

    @Override
    public Instant nextVisibilityAfter(Instant now) {
        return pages.nextVisibleAfter(now);
    }

    public PageView get(long id, boolean mayReadDrafts) {
        return visibleView(pages.findById(id), mayReadDrafts, "Page " + id + " does not exist");
    }

    /** A page by slug; an old slug of a page the caller may see is a {@link SlugMoved} to its current one. */
    public PageView getBySlug(String slug, boolean mayReadDrafts) {
        Page page = pages.findBySlug(slug)
                .or(() -> slugHistory.resourceOf(ChangeType.PAGE, slug).map(pages::findById)).orElse(null);
        PageView view = visibleView(page, mayReadDrafts, "No page with this slug");
        if (!page.slug.equals(slug)) {
            throw new SlugMoved(page.slug);
        }
        return view;
    }

    /** The id of the page with this slug, or null (import: parents by slug). By uq_page_slug. */
    public Long idOfSlug(String slug) {
        return pages.findBySlug(slug).map(p -> p.id).orElse(null);
    }

    public PageView create(PageInput input) {
        Page page = new Page();
        page.createdAt = Timestamps.normalize(clock.instant());
        page.version = 1L;
        apply(page, input, page.createdAt);
        pages.persist(page);
        changes.record(ChangeType.PAGE, page.id);
        if (page.visibleAt(page.createdAt)) {
            changes.recordPublic(ChangeType.PAGE, page.id);
        }
        return written(null, page);
    }

    public PageView replace(long id, PageInput input, Precondition precondition) {
        Page page = load(id);
        precondition.check(() -> view(page));
        Precondition.requireVersion(input.version(), page.version);
        return write(page, input);
    }

    /** Applies a change to the page's current state as an input, in one transaction with the write. */
    public PageView patch(long id, UnaryOperator<PageInput> change, Precondition precondition) {
        Page page = load(id);
        precondition.check(() -> view(page));
        PageInput input = change.apply(currentInput(page));
        Precondition.requireVersion(input.version(), page.version);
        return write(page, input);
    }

    /** Creates or replaces the page at a slug; replaying the same body changes nothing, not even the version. */
    public Upserted upsertBySlug(String slug, PageInput input, Precondition precondition) {
        if (input.slug() != null && !input.slug().equals(slug)) {
            throw ApiException.invalid("slug", "the body's slug must match the slug in the path, or be absent");
        }
        if (!Slugs.isValid(slug)) {
            throw ApiException.badParameter("slug", "slug must be lower-case letters or digits joined by '-'");
        }
        Page existing = pages.findBySlug(slug).orElse(null);
        if (existing == null) {
            precondition.checkAbsent();
            return new Upserted(true, create(input.withSlug(slug)));
        }
        precondition.check(() -> view(existing));
        Precondition.requireVersion(input.version(), existing.version);
        return new Upserted(false, write(existing, input.withSlug(slug)));
    }

    /** Deletes a page; one with children is a 409 (move or delete them first). */
    public void delete(long id, Precondition precondition) {
        Page page = load(id);
        precondition.check(() -> view(page));
        if (pages.hasChildren(id)) {
            throw ApiException.conflict("page-has-children", "Page " + id + " has child pages: move or delete them "
                    + "first", "parentId");
        }
        boolean visible = page.visibleAt(Timestamps.normalize(clock.instant()));
        PageView before = view(page);
        pages.delete(page);
        changes.recordDeletion(ChangeType.PAGE, id);
        slugHistory.forget(ChangeType.PAGE, id);
        if (visible) {
            changes.recordPublic(ChangeType.PAGE, id);
        }
        written.fire(new PageWritten(before, null, visible, false));
    }

    private PageView write(Page page, PageInput input) {
        Instant now = Timestamps.normalize(clock.instant());
        PageView before = view(page);
        boolean wasVisible = page.visibleAt(now);
        apply(page, input, now);
        pages.flush();
        PageView after = view(page);
        if (after.version() != before.version()) {
            written.fire(new PageWritten(before, after, wasVisible, page.visibleAt(now)));
        }
        return after;
    }

    private void apply(Page page, PageInput input, Instant now) {
        String slug = input.slug() == null ? Slugs.slugifyOrFallback(input.title(), "page") : input.slug();
        Slugs.requireValid(slug, "page");
        if (pages.slugTakenByOther(slug, page.id)) {
            throw ApiException.conflict("duplicate-slug", "Another page already has the slug '" + slug + "'", "slug");
        }
        if (!Objects.equals(input.parentId(), page.parentId)) {
            checkParent(page.id, input.parentId());
        }
        // Visible before this write: sync must then tell anonymous clients of whatever happens to it next.
        boolean wasVisible = page.id != null && page.visibleAt(now);
        PagePublication publication = PagePublication.decide(input.status(), input.publishedAt(), page, now);
        Long featured = input.featuredImage();
        if (featured != null && !featured.equals(page.featuredImageId)
                && images.summaries(List.of(featured)).isEmpty()) {
            throw ApiException.invalid("featuredImage", "no image has the id " + featured);
        }
        String markdown = input.markdown();
        boolean markdownChanged = !markdown.equals(page.markdown);
        MarkdownRenderer.Rendered rendered = markdownChanged || page.html == null
                ? MarkdownRenderer.render(markdown) : null;
        String excerpt = input.excerpt() != null ? input.excerpt()
                : rendered != null ? rendered.excerpt() : MarkdownRenderer.excerpt(markdown);
        int menuOrder = input.menuOrderOrZero();
        List<Long> authorIds = authors.resolveOrCreate(input.authorsOrEmpty()).stream().map(AuthorSummary::id)
                .toList();

        boolean changed = !Objects.equals(page.slug, slug) || !Objects.equals(page.title, input.title())
                || page.status != publication.status() || !Objects.equals(page.publishedAt, publication.publishedAt())
                || markdownChanged || !Objects.equals(page.excerpt, excerpt)
                || !Objects.equals(page.parentId, input.parentId()) || page.menuOrder != menuOrder
                || !Objects.equals(page.featuredImageId, featured) || !page.authorIds.equals(authorIds);
        // Writes the SEO fields itself (after checking an og:image exists) and says whether they changed.
        changed |= seo.apply(page.seo, input.seo());
        if (!changed) {
            return;
        }
        if (!slug.equals(page.slug)) {
            slugHistory.slugChanged(ChangeType.PAGE, page.id, page.slug, slug, wasVisible);
        }
        if (page.id != null && (!slug.equals(page.slug) || !Objects.equals(page.parentId, input.parentId()))) {
            // Descendants' paths hold this page's slug and place: their views change too, so sync re-sends them
            // (pages are few, as categories are). Their publicity is unchanged, so their log rows keep theirs.
            changes.record(ChangeType.PAGE, pages.descendantIds(page.id));
        }
        page.slug = slug;
        page.title = input.title();
        page.status = publication.status();
        page.publishedAt = publication.publishedAt();
        page.visibleAt = publication.status() == PageStatus.DRAFT ? null : publication.publishedAt();
        if (rendered != null) {
            WordCount count = WordCount.of(rendered.plainText());
            page.markdown = markdown;
            page.html = rendered.html();
            page.wordCount = count.words();
            page.readingMinutes = count.readingMinutes();
        }
        page.excerpt = excerpt;
        page.parentId = input.parentId();
        page.menuOrder = menuOrder;
        page.featuredImageId = featured;
        if (!page.authorIds.equals(authorIds)) {
            // A new list, not the old one edited: Hibernate then rewrites the rows, where editing them in place
            // would swap two authors through a moment that breaks pk_page_author.
            page.authorIds = new ArrayList<>(authorIds);
        }
        page.updatedAt = now;
        changes.record(ChangeType.PAGE, page.id);
        if (page.id != null && (wasVisible || page.visibleAt(now))) {
            changes.recordPublic(ChangeType.PAGE, page.id);
        }
    }

    /** 422 naming parentId for an unknown parent, the page itself, or one of its descendants. */
    private void checkParent(Long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(id)) {
            throw ApiException.invalid("parentId", "a page cannot be its own parent");
        }
        List<PageRepository.Node> chain = pages.withAncestors(List.of(parentId));
        if (chain.stream().noneMatch(n -> n.id() == parentId)) {
            throw ApiException.invalid("parentId", "no page has the id " + parentId);
        }
        if (id != null && chain.stream().anyMatch(n -> n.id() == id)) {
            throw ApiException.invalid("parentId", "page " + parentId + " is a descendant of this page: the tree "
                    + "would have a loop");
        }
        if (depth(chain, parentId) >= PageRepository.MAX_DEPTH - 1) {
            throw ApiException.invalid("parentId", "pages nest at most " + PageRepository.MAX_DEPTH + " deep");
        }
    }

    private static int depth(List<PageRepository.Node> chain, long from) {
        Map<Long, Long> parents = new HashMap<>();
        chain.forEach(n -> parents.put(n.id(), n.parentId()));
        int depth = 0;
        for (Long at = parents.get(from); at != null && depth <= PageRepository.MAX_DEPTH; at = parents.get(at)) {
            depth++;
        }
        return depth;
    }

    private PageView visibleView(Page page, boolean mayReadDrafts, String what) {
        // Invisible pages are a 404, not a 403, so that anonymous readers cannot learn that a draft exists.
        if (page == null || !(mayReadDrafts || page.visibleAt(Timestamps.normalize(clock.instant())))) {
            throw ApiException.notFound(what);
        }
        return view(page);
    }

    private PageView written(PageView before, Page page) {
        PageView view = view(page);
        written.fire(new PageWritten(before, view, false, page.visibleAt(Timestamps.normalize(clock.instant()))));
        return view;
    }

    private PageView view(Page page) {
        return views(List.of(page), true, Timestamps.normalize(clock.instant())).get(0);
    }

    /**
     * Views for a batch of pages with a fixed number of queries (ancestors, bylines, authors, featured and
     * og:images), whatever its size.
     */
    List<PageView> views(List<Page> batch, boolean full, Instant now) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> paths = paths(batch);
        // Pages just written keep their byline in memory; the others' come in one query for the batch.
        Map<Long, List<Long>> bylines = pages.authorIds(batch.stream().filter(p -> p.id != null
                && !Hibernate.isInitialized(p.authorIds)).map(p -> p.id).toList());
        batch.stream().filter(p -> Hibernate.isInitialized(p.authorIds)).forEach(p -> bylines.put(p.id, p.authorIds));
        Set<Long> authorIds = new LinkedHashSet<>();
        bylines.values().forEach(authorIds::addAll);
        Map<Long, AuthorSummary> authorSummaries = authorIds.isEmpty() ? Map.of() : authors.summaries(authorIds);
        // Featured and og:images in one query.
        Map<Long, ImageSummary> featured = images.summaries(batch.stream()
                .flatMap(p -> Stream.of(p.featuredImageId, p.seo.ogImageId))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return batch.stream().map(p -> new PageView(p.id, p.slug, p.title, p.effectiveStatus(now), p.publishedAt,
                p.createdAt, p.updatedAt, full ? p.markdown : null, full ? p.html : null, p.excerpt,
                p.readingMinutes, p.wordCount, p.featuredImageId == null ? null : featured.get(p.featuredImageId),
                p.parentId, paths.get(p.id), p.menuOrder,
                bylines.getOrDefault(p.id, List.of()).stream().map(authorSummaries::get).filter(Objects::nonNull)
                        .toList(),
                SeoView.of(p.seo, featured), p.version)).toList();
    }

    /** The paths of a batch of pages: one recursive query for all their ancestors, none for top-level pages. */
    private Map<Long, List<String>> paths(Collection<Page> batch) {
        List<Long> parentIds = batch.stream().map(p -> p.parentId).filter(Objects::nonNull).distinct().toList();
        Map<Long, PageRepository.Node> nodes = new HashMap<>();
        for (PageRepository.Node node : pages.withAncestors(parentIds)) {
            nodes.put(node.id(), node);
        }
        Map<Long, List<String>> paths = new HashMap<>();
        for (Page page : batch) {
            List<String> path = new ArrayList<>();
            path.add(page.slug);
            int depth = 0;
            for (Long at = page.parentId; at != null && depth < PageRepository.MAX_DEPTH; depth++) {
                PageRepository.Node node = nodes.get(at);
                if (node == null) {
                    break;
                }
                path.add(node.slug());
                at = node.parentId();
            }
            Collections.reverse(path);
            paths.put(page.id, List.copyOf(path));
        }
        return paths;
    }

    /** When a page is (or becomes) public, and its slug: what webhooks announce pages by. */
    public record Visibility(long id, String slug, Instant visibleAt) {
    }

    /** The visibility of those of the pages that exist, by id: one query on the primary key, no content loaded. */
    public Map<Long, Visibility> visibility(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return pages.visibility(ids).stream().collect(Collectors.toMap(Visibility::id, v -> v));
    }

    /** Views of those of the pages that exist and that the caller may see now, by id (sync, navigation). */
    public Map<Long, PageView> views(Collection<Long> ids, boolean mayReadDrafts) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Instant now = Timestamps.normalize(clock.instant());
        List<Page> visible = pages.byIds(ids).stream().filter(p -> mayReadDrafts || p.visibleAt(now)).toList();
        return views(visible, true, now).stream().collect(Collectors.toMap(PageView::id, v -> v));
    }

    /** Up to {@code max} pages after {@code afterId} in id order, drafts included, in full (export). */
    public List<PageView> allAfter(long afterId, int max) {
        return views(pages.after(afterId, max), true, Timestamps.normalize(clock.instant()));
    }

    /**
     * A page of the pages anonymous readers see now, by id, as summaries (sitemap). Pages marked seo.noindex are
     * left out of the page read, as the sitemap does for tags: a page of them can hold fewer items than perPage.
     */
    public dev.inkstone.common.paging.Page<PageSummary> published(PageRequest request) {
        Instant now = Timestamps.normalize(clock.instant());
        Sort<Page> sort = Sort.parse("id", request, SORTS, "id");
        // Noindex pages are left out by the query, so the sitemap index counts the files their pages fill.
        ListQuery<Page> query = pages.listed(PageStatusFilter.PUBLISHED, now, new PageListFilter(null, false))
                .where("e.seo.noindex = false", null, null);
        return dev.inkstone.common.paging.Page.of(pages.page(query, sort, request), request, pages.count(query), sort,
                batch -> views(batch, false, now).stream().map(PageSummary::of).toList());
    }

    private PageInput currentInput(Page page) {
        List<String> byline = page.authorIds.isEmpty() ? List.of()
                : page.authorIds.stream().map(authors.summaries(page.authorIds)::get).filter(Objects::nonNull)
                        .map(AuthorSummary::slug).toList();
        return new PageInput(page.title, page.slug, page.status, page.publishedAt, page.markdown, page.excerpt,
                page.parentId, page.menuOrder, page.featuredImageId, byline, SeoInput.of(page.seo), null);
    }

    private Page load(long id) {
        Page page = pages.findById(id);
        if (page == null) {
            throw ApiException.notFound("Page " + id + " does not exist");
        }
        return page;
    }
}
