package dev.inkstone.author;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.paging.CountOrder;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.text.MarkdownRenderer;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.PostCounts;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageSummary;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.seo.SeoService;
import dev.inkstone.term.TermSlugs;
import dev.inkstone.term.TermSort;

/** Author rules: unique slugs, rendered bios, http(s) websites, and no deleting a byline posts still carry. */
@ApplicationScoped
@Transactional
public class AuthorService {

    /** Posts a refused delete names: enough to act on, bounded whatever the author wrote. */
    static final int POSTS_LISTED = 20;

    /** Fields author lists sort by, besides postCount. */
    static final List<SortField<Author>> SORTS = List.of(
            new SortField<>("name", "name", String.class, a -> a.name),
            new SortField<>("id", "id", Long.class, a -> a.id));

    private final AuthorRepository authors;
    private final PostCounts postCounts;
    private final AuthoredPosts authored;
    private final ImageService images;
    private final ChangeLog changes;
    private final InstantSource clock;
    private final TermSlugs slugs;
    private final SeoService seo;

    AuthorService(AuthorRepository authors, PostCounts postCounts, AuthoredPosts authored, ImageService images,
            ChangeLog changes, InstantSource clock, TermSlugs slugs, SeoService seo) {
        this.seo = seo;
        this.authors = authors;
        this.postCounts = postCounts;
        this.authored = authored;
        this.images = images;
        this.changes = changes;
        this.clock = clock;
        this.slugs = slugs;
    }

    /**
     * A page of authors; {@code publicOnly} (anonymous readers) leaves out authors of no visible post, so a byline
     * only drafts carry is not shown. Their number is the count map's size: no count query.
     */
    public Page<AuthorView> list(PageRequest request, String sortParameter, boolean publicOnly) {
        Map<Long, Long> counts = postCounts.allByAuthor();
        Sort<Author> sort = TermSort.parse(sortParameter, request, SORTS, counts, a -> a.id);
        List<Author> rows = TermSort.byPostCount(sort)
                ? authors.inOrder(CountOrder.page(publicOnly ? counts.keySet() : authors.allIds(), counts, sort,
                        request))
                : publicOnly ? authors.publicPage(sort, request, now()) : authors.page(sort, request);
        return Page.of(rows, request, publicOnly ? counts.size() : authors.count(), sort,
                page -> viewsOf(page, counts));
    }

    /** The public authors not marked noindex, by id, for the sitemap: filtered and counted by the query. */
    public Page<AuthorView> indexable(PageRequest request) {
        Map<Long, Long> counts = postCounts.allByAuthor();
        Sort<Author> sort = Sort.parse("id", request, SORTS, "id");
        ListQuery<Author> query = authors.indexable(now());
        return Page.of(authors.page(query, sort, request), request, authors.count(query), sort,
                page -> viewsOf(page, counts));
    }

    /** An author; for {@code publicOnly} one of no visible post is a 404 like one that does not exist. */
    public AuthorView get(long id, boolean publicOnly) {
        AuthorView view = view(load(id));
        if (publicOnly && view.postCount() == 0) {
            throw notFound(id);
        }
        return view;
    }

    /** An author by slug; an old slug of an author the caller may see is a 301 to the current one. */
    public AuthorView getBySlug(String slug, boolean publicOnly) {
        Author author = slugs.find(ChangeType.AUTHOR, "author", slug, authors::findBySlug, authors::findById);
        AuthorView view = view(author);
        if (publicOnly && view.postCount() == 0) {
            throw TermSlugs.noSuchSlug("author");
        }
        TermSlugs.requireCurrent(author.slug, slug);
        return view;
    }

    /** The author with this slug, if any (feeds and sitemaps name authors by slug). */
    public Optional<AuthorSummary> findBySlug(String slug) {
        return authors.findBySlug(slug).map(a -> summaryOf(a, Map.of()));
    }

    public AuthorView create(AuthorInput input) {
        Author author = new Author();
        author.createdAt = now();
        author.version = 1L;
        apply(author, input, author.createdAt);
        authors.persist(author);
        changes.record(ChangeType.AUTHOR, author.id);
        return view(author);
    }

    /** Applies a change to the author's current state as an input, in one transaction with the write. */
    public AuthorView patch(long id, UnaryOperator<AuthorInput> change, Precondition precondition) {
        Author author = load(id);
        precondition.check(() -> view(author));
        AuthorInput input = change.apply(new AuthorInput(author.name, author.slug, author.bio, author.avatarImageId,
                author.website, SeoInput.of(author.seo), null));
        Precondition.requireVersion(input.version(), author.version);
        apply(author, input, now());
        authors.flush();
        return view(author);
    }

    /**
     * Deletes an author no post carries. One that posts carry is a 409 naming the first of them, unless
     * {@code reassignTo} names another author: the posts then move to that one first.
     */
    public void delete(long id, Long reassignTo, Precondition precondition) {
        Author author = load(id);
        precondition.check(() -> view(author));
        if (reassignTo != null) {
            if (reassignTo == id || authors.findById(reassignTo) == null) {
                throw ApiException.invalid("reassignTo", reassignTo == id
                        ? "reassignTo must name another author than the one deleted"
                        : "no author has the id " + reassignTo);
            }
            authored.reassign(id, reassignTo);
        } else {
            List<AuthoredPosts.PostRef> first = authored.firstOf(id, POSTS_LISTED);
            if (!first.isEmpty()) {
                long total = first.size() < POSTS_LISTED ? first.size() : authored.countOf(id);
                throw new ApiException(409, "author-in-use", "Conflict", author.name + " is the author of " + total
                        + " post(s); pass reassignTo to move them to another author",
                        first.stream().map(p -> new FieldError("posts", p.id() + " " + p.slug())).toList(), null);
            }
        }
        authors.delete(author);
        slugs.deleted(ChangeType.AUTHOR, id);
    }

    /**
     * Turns the author references of a post write into authors, in byline order and without repeats. A reference is
     * an author's slug; one that names no author yet creates an author called by it and slugged from it, so import
     * scripts can pass display names ("Jane Doe" becomes jane-doe, and names the same author next time).
     */
    public List<AuthorSummary> resolveOrCreate(List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        Map<String, String> slugByReference = new LinkedHashMap<>();
        for (String reference : references) {
            String trimmed = reference.strip();
            String slug = Slugs.isValid(trimmed) ? trimmed : Slugs.slugifyOrFallback(trimmed, "author");
            slugByReference.putIfAbsent(trimmed, slug);
        }
        Map<String, Author> bySlug = authors.findBySlugs(new LinkedHashSet<>(slugByReference.values())).stream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity()));
        Map<Long, Author> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : slugByReference.entrySet()) {
            Author author = bySlug.computeIfAbsent(entry.getValue(), slug -> createNamed(entry.getKey(), slug));
            resolved.putIfAbsent(author.id, author);
        }
        return summariesOf(new ArrayList<>(resolved.values()));
    }

    /**
     * The author an import names: the one with the source's slug (else the slug made from the name), created with
     * this name when there is none. The name of an existing author is left as it is: the site may have edited it.
     */
    public AuthorSummary ensure(String name, String slug) {
        String wanted = slug != null && Slugs.isValid(slug) ? slug : Slugs.slugifyOrFallback(name, "author");
        Author author = authors.findBySlug(wanted).orElseGet(() -> createNamed(name, wanted));
        return summariesOf(List.of(author)).get(0);
    }

    /**
     * Ids of the authors with these slugs, for filtering; an unknown slug is a 400 naming {@code parameter}. For
     * {@code publicOnly} an author of no visible post is unknown too: an empty list would tell that it exists.
     */
    public List<Long> idsForSlugs(Collection<String> slugList, String parameter, boolean publicOnly) {
        List<Author> found = authors.findBySlugs(slugList);
        if (publicOnly) {
            Map<Long, Long> visible = postCounts.allByAuthor();
            found = found.stream().filter(a -> visible.containsKey(a.id)).toList();
        }
        if (found.size() < new LinkedHashSet<>(slugList).size()) {
            Set<String> known = found.stream().map(a -> a.slug).collect(Collectors.toSet());
            String missing = slugList.stream().filter(s -> !known.contains(s)).findFirst().orElse("");
            throw ApiException.badParameter(parameter, "no author has the slug '" + missing + "'");
        }
        return found.stream().map(a -> a.id).toList();
    }

    /** Summaries for a batch of ids: two queries (authors, avatars) whatever the batch size. */
    public Map<Long, AuthorSummary> summaries(Collection<Long> ids) {
        return summariesOf(authors.byIds(ids)).stream()
                .collect(Collectors.toMap(AuthorSummary::id, Function.identity()));
    }

    /** Full views for a batch of ids; {@code publicOnly} leaves out authors of no visible post. */
    public Map<Long, AuthorView> views(Collection<Long> ids, boolean publicOnly) {
        List<Author> found = authors.byIds(ids);
        Map<Long, Long> counts = postCounts.byAuthor(found.stream().map(a -> a.id).toList());
        return viewsOf(found, counts).stream().filter(v -> !publicOnly || v.postCount() > 0)
                .collect(Collectors.toMap(AuthorView::id, Function.identity()));
    }

    private Author createNamed(String name, String slug) {
        Author author = new Author();
        author.name = name.length() > 200 ? name.substring(0, 200) : name;
        author.slug = slug;
        author.createdAt = now();
        author.updatedAt = author.createdAt;
        author.version = 1L;
        slugs.slugChanging(ChangeType.AUTHOR, null, null, slug);
        authors.persist(author);
        changes.record(ChangeType.AUTHOR, author.id);
        return author;
    }

    private void apply(Author author, AuthorInput input, Instant now) {
        String slug = TermSlugs.chosen(input.slug(), input.name(), "author",
                s -> authors.slugTakenByOther(s, author.id));
        checkWebsite(input.website());
        Long avatar = input.avatar();
        if (avatar != null && !avatar.equals(author.avatarImageId) && images.summaries(List.of(avatar)).isEmpty()) {
            throw ApiException.invalid("avatar", "no image has the id " + avatar);
        }
        boolean changed = !Objects.equals(author.slug, slug) || !Objects.equals(author.name, input.name())
                || !Objects.equals(author.bio, input.bio()) || !Objects.equals(author.avatarImageId, avatar)
                || !Objects.equals(author.website, input.website());
        // Writes the SEO fields itself (after checking an og:image exists) and says whether they changed.
        changed |= seo.apply(author.seo, input.seo());
        if (!changed) {
            return;
        }
        slugs.slugChanging(ChangeType.AUTHOR, author.id, author.slug, slug);
        author.slug = slug;
        author.name = input.name();
        if (!Objects.equals(author.bio, input.bio()) || author.bioHtml == null && input.bio() != null) {
            author.bioHtml = input.bio() == null ? null : MarkdownRenderer.render(input.bio()).html();
        }
        author.bio = input.bio();
        author.avatarImageId = avatar;
        author.website = input.website();
        author.updatedAt = now;
        if (author.id != null) {
            changes.record(ChangeType.AUTHOR, author.id);
        }
    }

    /** A byline's link must be something a reader's browser can open: an absolute http(s) address. */
    private static void checkWebsite(String website) {
        if (website == null) {
            return;
        }
        try {
            URI uri = new URI(website);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiException.invalid("website", "website must be an absolute http or https address");
            }
        } catch (URISyntaxException e) {
            throw ApiException.invalid("website", "website is not a valid address: " + e.getReason());
        }
    }

    private List<AuthorSummary> summariesOf(List<Author> found) {
        Map<Long, ImageSummary> avatars = images(found, false);
        return found.stream().map(a -> summaryOf(a, avatars)).toList();
    }

    private static AuthorSummary summaryOf(Author author, Map<Long, ImageSummary> avatars) {
        return new AuthorSummary(author.id, author.slug, author.name,
                author.avatarImageId == null ? null : avatars.get(author.avatarImageId));
    }

    private List<AuthorView> viewsOf(List<Author> found, Map<Long, Long> counts) {
        Map<Long, ImageSummary> pictures = images(found, true);
        return found.stream().map(a -> AuthorView.of(a, pictures, counts.getOrDefault(a.id, 0L))).toList();
    }

    /**
     * The avatars (and with {@code ogImages} the og:images) of a batch of authors: one query for both, none when no
     * author has either.
     */
    private Map<Long, ImageSummary> images(List<Author> found, boolean ogImages) {
        Set<Long> ids = found.stream().flatMap(a -> Stream.of(a.avatarImageId, ogImages ? a.seo.ogImageId : null))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : images.summaries(ids);
    }

    private AuthorView view(Author author) {
        return viewsOf(List.of(author), postCounts.byAuthor(List.of(author.id))).get(0);
    }

    private Author load(long id) {
        Author author = authors.findById(id);
        if (author == null) {
            throw notFound(id);
        }
        return author;
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Author " + id + " does not exist");
    }

    private Instant now() {
        return Timestamps.normalize(clock.instant());
    }
}
