package dev.inkstone.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;


import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorSummary;
import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.http.SlugMoved;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.Page;
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
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;

/** Post rules: rendering on write, publication states, unique slugs, and what each caller may see. */
@ApplicationScoped
@Transactional
public class PostService implements Schedule {

    private final PostRepository posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ChangeLog changes;
    private final CountCache totals;
    private final ImageService images;
    private final InstantSource clock;
    private final Event<PostWritten> written;
    private final SlugHistory slugHistory;
    private final SeoService seo;
    private final AuthorService authors;
    private final PostSlugClaims claims;

    PostService(PostRepository posts, TagService tags, CategoryService categories, ChangeLog changes,
            CountCache totals, ImageService images, InstantSource clock, Event<PostWritten> written,
            SlugHistory slugHistory, SeoService seo, AuthorService authors, PostSlugClaims claims) {
        this.claims = claims;
        this.seo = seo;
        this.authors = authors;
        this.clock = clock;
        this.written = written;
        this.slugHistory = slugHistory;
        this.posts = posts;
        this.images = images;
        this.totals = totals;
        this.tags = tags;
        this.categories = categories;
        this.changes = changes;
    }

    /** Result of an upsert: whether it created the post. */
    public record Upserted(boolean created, PostView post) {
    }

    /**
     * The tags, categories and authors a write resolved, in the post's order: the view it answers with is built from
     * them rather than read back (three queries a write, each walking the transaction's entities to auto-flush).
     */
    private record Terms(List<TagSummary> tags, List<CategorySummary> categories, List<AuthorSummary> authors) {
    }

    /** Fields post lists sort by; publishedAt reads visibleAt, equal to it for every post that is not a draft. */
    static final List<SortField<Post>> SORTS = List.of(
            new SortField<>("publishedAt", "visibleAt", Instant.class, p -> p.visibleAt),
            new SortField<>("updatedAt", "updatedAt", Instant.class, p -> p.updatedAt),
            new SortField<>("title", "title", String.class, p -> p.title),
            new SortField<>("id", "id", Long.class, p -> p.id));

    /**
     * A page of posts; anything but published posts needs draft rights, which the resource checks. For
     * {@code publicOnly} (anonymous readers) a filter on a tag or category no visible post uses is a 400 like one on
     * a slug that does not exist.
     */
    public Page<PostView> list(PageRequest request, StatusFilter status, PostFilters filters, boolean bodies,
            boolean publicOnly) {
        Instant now = Timestamps.normalize(clock.instant());
        boolean dated = status == StatusFilter.PUBLISHED || status == StatusFilter.SCHEDULED;
        Sort<Post> sort = Sort.parse(filters.sort, request, SORTS, dated ? "-publishedAt" : "-updatedAt");
        if (!dated && sort.field().name().equals("publishedAt")) {
            throw ApiException.badParameter("sort", "drafts have no publication date: sort by updatedAt, title or id");
        }
        // The version is read before anything is counted: a total can then only be newer than its key, never older.
        long version = changes.contentVersion();
        PostListFilter filter = new PostFilterQuery(tags, categories, authors).resolve(filters, dated, publicOnly);
        ListQuery<Post> query = posts.listed(status, now, filter);
        String key = "total:" + status + ":" + filter.key();
        long total = totals.get(key, version, now, () -> posts.count(query), () -> posts.nextVisibleAfter(now));
        return Page.of(posts.page(query, sort, request), request, total, sort, page -> views(page, bodies, now));
    }

    @Override
    public Instant nextVisibilityAfter(Instant now) {
        return posts.nextVisibleAfter(now);
    }

    public PostView get(long id, boolean mayReadDrafts) {
        Post post = posts.findById(id);
        return visibleView(post, mayReadDrafts, "Post " + id + " does not exist");
    }

    /** A post by slug; an old slug of a post the caller may see is a {@link SlugMoved} to its current one. */
    public PostView getBySlug(String slug, boolean mayReadDrafts) {
        Post post = posts.findBySlug(slug)
                .or(() -> slugHistory.resourceOf(ChangeType.POST, slug).map(posts::findById)).orElse(null);
        PostView view = visibleView(post, mayReadDrafts, "No post with this slug");
        if (!post.slug.equals(slug)) {
            throw new SlugMoved(post.slug);
        }
        return view;
    }

    /** The slug of each of these posts that exists (drafts included), by id: an import's batch asks once. */
    public Map<Long, String> slugs(Collection<Long> ids) {
        return posts.slugsByIds(ids);
    }

    public PostView create(PostInput input) {
        Post post = new Post();
        post.createdAt = Timestamps.normalize(clock.instant());
        post.version = 1L;
        Terms terms = apply(post, input, post.createdAt);
        posts.persist(post);
        changes.record(ChangeType.POST, post.id);
        if (post.visibleAt(post.createdAt)) {
            changes.recordPublic(ChangeType.POST, post.id);
        }
        return written(null, post, terms);
    }

    public PostView replace(long id, PostInput input, Precondition precondition) {
        Post post = load(id);
        precondition.check(() -> view(post));
        Precondition.requireVersion(input.version(), post.version);
        PostFields before = PostFields.of(post, Timestamps.normalize(clock.instant()));
        Terms terms = apply(post, input, Timestamps.normalize(clock.instant()));
        posts.flush();
        return written(before, post, terms);
    }

    /** Applies a change to the post's current state as an input, in one transaction with the write. */
    public PostView patch(long id, UnaryOperator<PostInput> change, Precondition precondition) {
        Post post = load(id);
        precondition.check(() -> view(post));
        PostInput input = change.apply(currentInput(post));
        Precondition.requireVersion(input.version(), post.version);
        PostFields before = PostFields.of(post, Timestamps.normalize(clock.instant()));
        Terms terms = apply(post, input, Timestamps.normalize(clock.instant()));
        posts.flush();
        return written(before, post, terms);
    }

    /**
     * Creates or replaces the post at a slug: the idempotent write import scripts repeat safely. Replaying the same
     * body changes nothing, not even the version.
     */
    public Upserted upsertBySlug(String slug, PostInput input, Precondition precondition) {
        if (input.slug() != null && !input.slug().equals(slug)) {
            throw ApiException.invalid("slug", "the body's slug must match the slug in the path, or be absent");
        }
        if (!Slugs.isValid(slug)) {
            throw ApiException.badParameter("slug", "slug must be lower-case letters or digits joined by '-'");
        }
        PostInput withSlug = withSlug(input, slug);
        PostSlugClaims.Claim claim = claims.of(slug);
        Post existing = claim != null ? claim.holder() : posts.findBySlugAsStored(slug).orElse(null);
        if (existing == null) {
            precondition.checkAbsent();
            return new Upserted(true, create(withSlug));
        }
        precondition.check(() -> view(existing));
        Precondition.requireVersion(input.version(), existing.version);
        PostFields before = PostFields.of(existing, Timestamps.normalize(clock.instant()));
        Terms terms = apply(existing, withSlug, Timestamps.normalize(clock.instant()));
        posts.flush();
        return new Upserted(false, written(before, existing, terms));
    }

    public void delete(long id, Precondition precondition) {
        Post post = load(id);
        precondition.check(() -> view(post));
        boolean visible = post.visibleAt(Timestamps.normalize(clock.instant()));
        posts.delete(post);
        claims.release(post.slug);
        changes.recordDeletion(ChangeType.POST, id);
        slugHistory.forget(ChangeType.POST, id);
        if (visible) {
            changes.recordPublic(ChangeType.POST, id);
        }
    }

    /** Applies an input to a post (a new one is persisted by the caller); returns the terms it resolved. */
    private Terms apply(Post post, PostInput input, Instant now) {
        String slug = input.slug() == null ? Slugs.slugifyOrFallback(input.title(), "post") : input.slug();
        Slugs.requireValid(slug, "post");
        checkHttpUrl(input.sourceUrl(), "sourceUrl");
        if (slugTakenByOther(slug, post)) {
            throw ApiException.conflict("duplicate-slug", "Another post already has the slug '" + slug + "'", "slug");
        }
        // Categories first: an unknown one fails the write before any tag or author is created.
        List<CategorySummary> resolvedCategories = categories.resolveSlugs(input.categoriesOrEmpty(), "categories");
        Terms terms = new Terms(tags.resolveOrCreate(input.tagsOrEmpty()), resolvedCategories,
                authors.resolveOrCreate(input.authorsOrEmpty()));
        List<Long> categoryIds = terms.categories().stream().map(CategorySummary::id).toList();
        List<Long> tagIds = terms.tags().stream().map(TagSummary::id).toList();
        List<Long> authorIds = terms.authors().stream().map(AuthorSummary::id).toList();
        // Visible before this write (a scheduled post whose time came counts): sync must then tell anonymous clients
        // of whatever happens to it next, an unpublish included.
        boolean wasVisible = post.id != null && post.visibleAt(now);
        Publication publication = Publication.decide(input.status(), input.publishedAt(), post, now);
        Long featured = input.featuredImage();
        if (featured != null && !featured.equals(post.featuredImageId)
                && images.summaries(List.of(featured)).isEmpty()) {
            throw ApiException.invalid("featuredImage", "no image has the id " + featured);
        }
        // A stored image takes the place of an external one.
        String featuredUrl = featured == null ? input.featuredImageUrl() : null;
        checkHttpUrl(featuredUrl, "featuredImageUrl");

        String markdown = input.markdown();
        boolean markdownChanged = !markdown.equals(post.markdown);
        MarkdownRenderer.Rendered rendered = markdownChanged || post.html == null
                ? MarkdownRenderer.render(markdown) : null;
        String excerpt = input.excerpt() != null ? input.excerpt()
                : rendered != null ? rendered.excerpt() : MarkdownRenderer.excerpt(markdown);

        boolean changed = !Objects.equals(post.slug, slug) || !Objects.equals(post.title, input.title())
                || post.status != publication.status() || !Objects.equals(post.publishedAt, publication.publishedAt())
                || markdownChanged || !Objects.equals(post.excerpt, excerpt)
                || !Objects.equals(post.sourceUrl, input.sourceUrl()) || !post.authorIds.equals(authorIds)
                || !post.tagIds.equals(tagIds)
                || !post.categoryIds.equals(categoryIds) || !Objects.equals(post.featuredImageId, featured)
                || !Objects.equals(post.featuredImageUrl, featuredUrl);
        // Writes the SEO fields itself (after checking an og:image exists) and says whether they changed.
        changed |= seo.apply(post.seo, input.seo());
        if (!changed) {
            return terms;
        }
        if (!slug.equals(post.slug)) {
            // Only a slug readers could follow is kept; any slug taken now stops leading elsewhere.
            slugHistory.slugChanged(ChangeType.POST, post.id, post.slug, slug, wasVisible);
            claims.release(post.slug);
            claims.take(slug, post);
        }
        post.slug = slug;
        post.title = input.title();
        post.status = publication.status();
        post.publishedAt = publication.publishedAt();
        post.visibleAt = publication.status() == PostStatus.DRAFT ? null : publication.publishedAt();
        if (rendered != null) {
            WordCount count = WordCount.of(rendered.plainText());
            post.markdown = markdown;
            post.html = rendered.html();
            post.wordCount = count.words();
            post.readingMinutes = count.readingMinutes();
        }
        post.excerpt = excerpt;
        post.sourceUrl = input.sourceUrl();
        post.featuredImageId = featured;
        post.featuredImageUrl = featuredUrl;
        Set<Long> imageIds = new LinkedHashSet<>(images.idsReferencedIn(markdown));
        if (featured != null) {
            imageIds.add(featured);
        }
        if (post.seo.ogImageId != null) {
            imageIds.add(post.seo.ogImageId);
        }
        if (!post.imageIds.equals(imageIds)) {
            post.imageIds.clear();
            post.imageIds.addAll(imageIds);
        }
        if (!post.tagIds.equals(tagIds)) {
            post.tagIds.clear();
            post.tagIds.addAll(tagIds);
        }
        if (!post.categoryIds.equals(categoryIds)) {
            post.categoryIds.clear();
            post.categoryIds.addAll(categoryIds);
        }
        if (!post.authorIds.equals(authorIds)) {
            // A new list, not the old one edited: Hibernate then deletes the rows and inserts the new order, where
            // updating row by row would swap two authors through a moment that breaks pk_post_author.
            post.authorIds = new ArrayList<>(authorIds);
        }
        post.updatedAt = now;
        changes.record(ChangeType.POST, post.id);
        if (post.id != null && (wasVisible || post.visibleAt(now))) {
            changes.recordPublic(ChangeType.POST, post.id);
        }
        return terms;
    }

    /** Whether another post holds the slug: as this transaction left it, else as the database has it. */
    private boolean slugTakenByOther(String slug, Post post) {
        PostSlugClaims.Claim claim = claims.of(slug);
        if (claim != null) {
            return claim.holder() != null && claim.holder() != post;
        }
        return posts.slugStoredForOther(slug, post.id);
    }

    private static void checkHttpUrl(String url, String field) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiException.invalid(field, field + " must be an absolute http or https address");
            }
        } catch (URISyntaxException e) {
            throw ApiException.invalid(field, field + " is not a valid address: " + e.getReason());
        }
    }

    private PostView visibleView(Post post, boolean mayReadDrafts, String what) {
        // Invisible posts are a 404, not a 403, so that anonymous readers cannot learn that a draft exists.
        if (post == null || !(mayReadDrafts || post.visibleAt(Timestamps.normalize(clock.instant())))) {
            throw ApiException.notFound(what);
        }
        return view(post);
    }

    /** The view a write answers with; a write that changed a followed field is announced to the post's history. */
    private PostView written(PostFields before, Post post, Terms terms) {
        PostView view = viewsOf(List.of(post), true, Timestamps.normalize(clock.instant()),
                byId(terms.tags(), TagSummary::id), byId(terms.categories(), CategorySummary::id),
                byId(terms.authors(), AuthorSummary::id)).get(0);
        PostFields after = PostFields.of(post, Timestamps.normalize(clock.instant()));
        if (!after.equals(before)) {
            written.fire(new PostWritten(before, after, view, PostWriteActor.current()));
        }
        return view;
    }

    private PostView view(Post post) {
        return views(List.of(post), true, Timestamps.normalize(clock.instant())).get(0);
    }

    /** Views for a page of posts with a fixed number of queries, whatever the page size. */
    List<PostView> views(List<Post> page, boolean full, Instant now) {
        Map<Long, TagSummary> tagSummaries = tags.summaries(collect(page, true));
        Map<Long, CategorySummary> categorySummaries = categories.summaries(collect(page, false));
        Set<Long> authorIds = new LinkedHashSet<>();
        page.forEach(p -> authorIds.addAll(p.authorIds));
        Map<Long, AuthorSummary> authorSummaries = authorIds.isEmpty() ? Map.of() : authors.summaries(authorIds);
        return viewsOf(page, full, now, tagSummaries, categorySummaries, authorSummaries);
    }

    private static <T> Map<Long, T> byId(List<T> summaries, Function<T, Long> id) {
        return summaries.stream().collect(Collectors.toMap(id, s -> s, (a, b) -> a));
    }

    /** Views from the posts' terms already at hand: one query for the featured and og:images, none without. */
    private List<PostView> viewsOf(List<Post> page, boolean full, Instant now, Map<Long, TagSummary> tagSummaries,
            Map<Long, CategorySummary> categorySummaries, Map<Long, AuthorSummary> authorSummaries) {
        // Featured and og:images in one query.
        Map<Long, ImageSummary> featured = images.summaries(page.stream()
                .flatMap(p -> Stream.of(p.featuredImageId, p.seo.ogImageId))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.stream().map(p -> new PostView(p.id, p.slug, p.title, p.effectiveStatus(now), p.publishedAt,
                p.createdAt, p.updatedAt, full ? p.markdown : null, full ? p.html : null, p.excerpt,
                p.readingMinutes, p.wordCount, featuredImage(p, featured),
                p.tagIds.stream().map(tagSummaries::get).filter(Objects::nonNull).toList(),
                p.categoryIds.stream().map(categorySummaries::get).filter(Objects::nonNull).toList(),
                p.sourceUrl, p.authorIds.stream().map(authorSummaries::get).filter(Objects::nonNull).toList(),
                SeoView.of(p.seo, featured), p.version)).toList();
    }

    /** The stored featured image, else the external one the post keeps by address, else none. */
    private static PostFeaturedImage featuredImage(Post post, Map<Long, ImageSummary> stored) {
        if (post.featuredImageId != null) {
            ImageSummary image = stored.get(post.featuredImageId);
            return image == null ? null : PostFeaturedImage.of(image);
        }
        return post.featuredImageUrl == null ? null : PostFeaturedImage.external(post.featuredImageUrl);
    }

    private static Collection<Long> collect(List<Post> page, boolean tagIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Post post : page) {
            ids.addAll(tagIds ? post.tagIds : post.categoryIds);
        }
        return ids;
    }

    private PostInput currentInput(Post post) {
        Map<Long, TagSummary> tagSummaries = tags.summaries(post.tagIds);
        Map<Long, CategorySummary> categorySummaries = categories.summaries(post.categoryIds);
        return new PostInput(post.title, post.slug, post.status, post.publishedAt, post.markdown, post.excerpt,
                post.tagIds.stream().map(tagSummaries::get).filter(Objects::nonNull).map(TagSummary::slug).toList(),
                post.categoryIds.stream().map(categorySummaries::get).filter(Objects::nonNull)
                        .map(CategorySummary::slug).toList(),
                post.sourceUrl, post.featuredImageId, post.authorIds.isEmpty() ? List.of()
                        : post.authorIds.stream().map(authors.summaries(post.authorIds)::get).filter(Objects::nonNull)
                                .map(AuthorSummary::slug).toList(),
                null, SeoInput.of(post.seo), null, post.featuredImageUrl);
    }

    private static PostInput withSlug(PostInput input, String slug) {
        return new PostInput(input.title(), slug, input.status(), input.publishedAt(), input.markdown(),
                input.excerpt(), input.tags(), input.categories(), input.sourceUrl(), input.featuredImage(),
                input.authors(), input.author(), input.seo(), null, input.featuredImageUrl());
    }

    private Post load(long id) {
        Post post = posts.findById(id);
        if (post == null) {
            throw ApiException.notFound("Post " + id + " does not exist");
        }
        return post;
    }
}
