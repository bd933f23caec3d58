package dev.inkstone.tag;

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
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.paging.CountOrder;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.image.ImageSummary;
import dev.inkstone.content.PostCounts;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.seo.SeoService;
import dev.inkstone.term.TermAliases;
import dev.inkstone.term.TermSlugs;
import dev.inkstone.term.TermSort;

/** Tag rules: unique slugs, creation on first use by a post, counts of published posts. */
@ApplicationScoped
@Transactional
public class TagService {

    private final TagRepository tags;
    private final PostCounts postCounts;
    private final ChangeLog changes;
    private final InstantSource clock;
    private final TermSlugs slugs;
    private final SeoService seo;

    TagService(TagRepository tags, PostCounts postCounts, ChangeLog changes, InstantSource clock, TermSlugs slugs,
            SeoService seo) {
        this.seo = seo;
        this.clock = clock;
        this.slugs = slugs;
        this.tags = tags;
        this.postCounts = postCounts;
        this.changes = changes;
    }

    /** Fields tag lists sort by, besides postCount. */
    public static final List<SortField<Tag>> SORTS = List.of(
            new SortField<>("name", "name", String.class, t -> t.name),
            new SortField<>("id", "id", Long.class, t -> t.id));

    /**
     * A page of tags; {@code publicOnly} (anonymous readers) leaves out tags no visible post carries, so the name of
     * a tag only drafts or scheduled posts use is not shown. Their number is the count map's size: no count query.
     */
    public Page<TagView> list(PageRequest request, String sortParameter, boolean publicOnly) {
        Map<Long, Long> counts = postCounts.allByTag();
        Sort<Tag> sort = TermSort.parse(sortParameter, request, SORTS, counts, t -> t.id);
        List<Tag> rows = TermSort.byPostCount(sort)
                ? tags.inOrder(CountOrder.page(publicOnly ? counts.keySet() : tags.allIds(), counts, sort, request))
                : publicOnly ? tags.publicPage(sort, request, Timestamps.normalize(clock.instant()))
                : tags.page(sort, request);
        return Page.of(rows, request, publicOnly ? counts.size() : tags.count(), sort,
                page -> views(page, counts));
    }

    private List<TagView> views(List<Tag> page, Map<Long, Long> counts) {
        Map<Long, ImageSummary> ogImages = seo.ogImages(page.stream().map(t -> t.seo).toList());
        return page.stream().map(t -> TagView.of(t, counts.getOrDefault(t.id, 0L), ogImages)).toList();
    }

    /** The public tags not marked noindex, by id, for the sitemap: filtered and counted by the query. */
    public Page<TagView> indexable(PageRequest request) {
        Map<Long, Long> counts = postCounts.allByTag();
        Sort<Tag> sort = Sort.parse("id", request, SORTS, "id");
        ListQuery<Tag> query = tags.indexable(Timestamps.normalize(clock.instant()));
        return Page.of(tags.page(query, sort, request), request, tags.count(query), sort,
                page -> views(page, counts));
    }

    /** A tag; for {@code publicOnly} one no visible post carries is a 404 like a tag that does not exist. */
    public TagView get(long id, boolean publicOnly) {
        return visible(view(load(id)), publicOnly, () -> ApiException.notFound("Tag " + id + " does not exist"));
    }

    /** A tag by slug; an old slug of a tag the caller may see is a 301 to its current one. */
    public TagView getBySlug(String slug, boolean publicOnly) {
        Tag tag = slugs.find(ChangeType.TAG, "tag", slug, tags::findBySlug, tags::findById);
        TagView view = visible(view(tag), publicOnly, () -> TermSlugs.noSuchSlug("tag"));
        TermSlugs.requireCurrent(tag.slug, slug);
        return view;
    }

    private static TagView visible(TagView view, boolean publicOnly, Supplier<ApiException> notFound) {
        if (publicOnly && view.postCount() == 0) {
            throw notFound.get();
        }
        return view;
    }

    /** The tag with this slug, if any, without failing the caller's transaction when there is none (imports). */
    public Optional<TagSummary> findBySlug(String slug) {
        return tags.findBySlug(slug).map(TagSummary::of);
    }

    public TagView create(TagInput input) {
        Tag tag = new Tag();
        tag.createdAt = Timestamps.normalize(clock.instant());
        tag.version = 1L;
        apply(tag, input, tag.createdAt);
        tags.persist(tag);
        changes.record(ChangeType.TAG, tag.id);
        return view(tag);
    }

    public TagView replace(long id, TagInput input, Precondition precondition) {
        Tag tag = load(id);
        precondition.check(() -> view(tag));
        Precondition.requireVersion(input.version(), tag.version);
        apply(tag, input, Timestamps.normalize(clock.instant()));
        tags.flush();
        return view(tag);
    }

    /** Applies a change to the tag's current state as an input, in one transaction with the write. */
    public TagView patch(long id, UnaryOperator<TagInput> change, Precondition precondition) {
        Tag tag = load(id);
        precondition.check(() -> view(tag));
        TagInput input = change.apply(new TagInput(tag.name, tag.slug, tag.description, SeoInput.of(tag.seo), null,
                TermAliases.split(tag.aliases)));
        Precondition.requireVersion(input.version(), tag.version);
        apply(tag, input, Timestamps.normalize(clock.instant()));
        tags.flush();
        return view(tag);
    }

    /** Deleting a tag removes it from its posts (the join rows cascade), as bloggers expect of a label. */
    public void delete(long id, Precondition precondition) {
        Tag tag = load(id);
        precondition.check(() -> view(tag));
        tags.delete(tag);
        slugs.deleted(ChangeType.TAG, id);
    }

    /**
     * Turns the tag references of a post write into tags, in the given order and without repeats. A reference is a
     * tag slug; one that names no tag yet creates a tag called by the reference and slugged from it, so import
     * scripts can pass either slugs or display names.
     */
    public List<TagSummary> resolveOrCreate(List<String> references) {
        Map<String, String> slugByReference = new LinkedHashMap<>();
        for (String reference : references) {
            String trimmed = reference.strip();
            String slug = Slugs.isValid(trimmed) ? trimmed : Slugs.slugifyOrFallback(trimmed, "tag");
            slugByReference.putIfAbsent(trimmed, slug);
        }
        Map<String, Tag> bySlug = tags.findBySlugs(new LinkedHashSet<>(slugByReference.values())).stream()
                .collect(Collectors.toMap(t -> t.slug, Function.identity()));
        Map<Long, TagSummary> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : slugByReference.entrySet()) {
            Tag tag = bySlug.computeIfAbsent(entry.getValue(), slug -> createNamed(entry.getKey(), slug));
            resolved.putIfAbsent(tag.id, TagSummary.of(tag));
        }
        return new ArrayList<>(resolved.values());
    }

    /**
     * Ids of the tags with these slugs, for filtering; an unknown slug is a 400 naming {@code parameter}. For
     * {@code publicOnly} (anonymous readers) a tag no visible post carries is unknown too: an empty list for it
     * would tell that it exists.
     */
    public List<Long> idsForSlugs(Collection<String> slugs, String parameter, boolean publicOnly) {
        List<Tag> found = tags.findBySlugs(slugs);
        if (publicOnly) {
            Map<Long, Long> visible = postCounts.allByTag();
            found = found.stream().filter(t -> visible.containsKey(t.id)).toList();
        }
        if (found.size() < new LinkedHashSet<>(slugs).size()) {
            Set<String> known = found.stream().map(t -> t.slug).collect(Collectors.toSet());
            String missing = slugs.stream().filter(s -> !known.contains(s)).findFirst().orElse("");
            throw ApiException.badParameter(parameter, "no tag has the slug '" + missing + "'");
        }
        return found.stream().map(t -> t.id).toList();
    }

    /** Full views for a batch of ids, two queries whatever the batch size. */
    public Map<Long, TagView> views(Collection<Long> ids) {
        return views(ids, false);
    }

    /** Full views for a batch of ids; {@code publicOnly} leaves out tags no visible post carries. */
    public Map<Long, TagView> views(Collection<Long> ids, boolean publicOnly) {
        List<Tag> found = tags.findByIds(ids);
        Map<Long, Long> counts = postCounts.byTag(found.stream().map(t -> t.id).toList());
        Map<Long, ImageSummary> ogImages = seo.ogImages(found.stream().map(t -> t.seo).toList());
        return found.stream().filter(t -> !publicOnly || counts.getOrDefault(t.id, 0L) > 0)
                .collect(Collectors.toMap(t -> t.id, t -> TagView.of(t, counts.getOrDefault(t.id, 0L), ogImages)));
    }

    /** Summaries for a batch of ids, one query whatever the batch size. */
    public Map<Long, TagSummary> summaries(Collection<Long> ids) {
        return tags.findByIds(ids).stream().collect(Collectors.toMap(t -> t.id, TagSummary::of));
    }

    /**
     * The aliases of these tags (those that have any), one query whatever the batch size: search indexes them with
     * the names of a post's tags.
     */
    public Map<Long, List<String>> aliases(Collection<Long> ids) {
        return tags.findByIds(ids).stream().filter(t -> t.aliases != null)
                .collect(Collectors.toMap(t -> t.id, t -> TermAliases.split(t.aliases)));
    }

    private Tag createNamed(String name, String slug) {
        Tag tag = new Tag();
        tag.name = name.length() > 100 ? name.substring(0, 100) : name;
        tag.slug = slug;
        tag.createdAt = Timestamps.normalize(clock.instant());
        tag.updatedAt = tag.createdAt;
        tag.version = 1L;
        slugs.slugChanging(ChangeType.TAG, null, null, slug);
        tags.persist(tag);
        changes.record(ChangeType.TAG, tag.id);
        return tag;
    }

    private void apply(Tag tag, TagInput input, Instant now) {
        String slug = TermSlugs.chosen(input.slug(), input.name(), "tag", s -> tags.slugTakenByOther(s, tag.id));
        boolean changed = !Objects.equals(tag.slug, slug) || !Objects.equals(tag.name, input.name())
                || !Objects.equals(tag.description, input.description())
                || !Objects.equals(tag.aliases, TermAliases.join(input.aliases()));
        // Writes the SEO fields itself (after checking an og:image exists) and says whether they changed.
        changed |= seo.apply(tag.seo, input.seo());
        if (changed) {
            slugs.slugChanging(ChangeType.TAG, tag.id, tag.slug, slug);
            tag.slug = slug;
            tag.name = input.name();
            tag.description = input.description();
            tag.aliases = TermAliases.join(input.aliases());
            tag.updatedAt = now;
            changes.record(ChangeType.TAG, tag.id);
        }
    }

    private Tag load(long id) {
        Tag tag = tags.findById(id);
        if (tag == null) {
            throw ApiException.notFound("Tag " + id + " does not exist");
        }
        return tag;
    }

    private TagView view(Tag tag) {
        return TagView.of(tag, postCounts.byTag(List.of(tag.id)).getOrDefault(tag.id, 0L),
                seo.ogImages(List.of(tag.seo)));
    }
}
