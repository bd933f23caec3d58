package dev.inkstone.category;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

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
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.PostCounts;
import dev.inkstone.image.ImageSummary;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.seo.SeoService;
import dev.inkstone.seo.SeoView;
import dev.inkstone.term.TermAliases;
import dev.inkstone.term.TermSlugs;
import dev.inkstone.term.TermSort;

/** Category rules: a tree without cycles, unique slugs, no deleting what still holds children or posts. */
@ApplicationScoped
@Transactional
public class CategoryService {

    /** Bound on the tree path column (V2__create_category.sql), which bounds depth too. */
    static final int MAX_TREE_PATH = 512;

    private final CategoryRepository categories;
    private final PostCounts postCounts;
    private final ChangeLog changes;
    private final InstantSource clock;
    private final TermSlugs slugs;
    private final SeoService seo;

    CategoryService(CategoryRepository categories, PostCounts postCounts, ChangeLog changes, InstantSource clock,
            TermSlugs slugs, SeoService seo) {
        this.seo = seo;
        this.clock = clock;
        this.slugs = slugs;
        this.categories = categories;
        this.postCounts = postCounts;
        this.changes = changes;
    }

    /** Fields category lists sort by, besides postCount. */
    public static final List<SortField<Category>> SORTS = List.of(
            new SortField<>("name", "name", String.class, c -> c.name),
            new SortField<>("id", "id", Long.class, c -> c.id));

    /**
     * A page of categories; {@code publicOnly} (anonymous readers) shows only those {@link #visibleIds visible}, so
     * the name of a category only drafts or scheduled posts use is not shown.
     */
    public Page<CategoryView> list(PageRequest request, String sortParameter, boolean publicOnly) {
        Map<Long, Long> counts = postCounts.allByCategory();
        Sort<Category> sort = TermSort.parse(sortParameter, request, SORTS, counts, c -> c.id);
        Set<Long> visible = publicOnly ? visibleIds(counts) : null;
        List<Category> rows = TermSort.byPostCount(sort)
                ? categories.inOrder(CountOrder.page(publicOnly ? visible : categories.allIds(), counts, sort, request))
                : publicOnly ? categories.pageAmong(visible, sort, request) : categories.page(sort, request);
        return Page.of(rows, request, publicOnly ? visible.size() : categories.count(), sort, this::views);
    }

    /** The visible categories not marked noindex, by id, for the sitemap: filtered and counted by the query. */
    public Page<CategoryView> indexable(PageRequest request) {
        Sort<Category> sort = Sort.parse("id", request, SORTS, "id");
        ListQuery<Category> query = categories.indexableAmong(visibleIds(postCounts.allByCategory()));
        return Page.of(categories.page(query, sort, request), request, categories.count(query), sort, this::views);
    }

    /**
     * The categories anonymous readers may see: those a visible post is filed in, and their ancestors, whose names
     * such a post's category path shows anyway. Categories are few; one query for the ancestors' paths.
     */
    private Set<Long> visibleIds(Map<Long, Long> counts) {
        Set<Long> visible = new HashSet<>(counts.keySet());
        for (Category category : categories.findByIds(counts.keySet())) {
            for (long ancestor : category.ancestorIds()) {
                visible.add(ancestor);
            }
        }
        return visible;
    }

    /** A category; for {@code publicOnly} one that is not {@link #visibleIds visible} is a 404 like a missing one. */
    public CategoryView get(long id, boolean publicOnly) {
        CategoryView view = get(id);
        if (publicOnly && !visibleIds(postCounts.allByCategory()).contains(id)) {
            throw ApiException.notFound("Category " + id + " does not exist");
        }
        return view;
    }

    /** A category by slug; an old slug of one the caller may see is a 301 to its current one. */
    public CategoryView getBySlug(String slug, boolean publicOnly) {
        Category category = slugs.find(ChangeType.CATEGORY, "category", slug, categories::findBySlug,
                categories::findById);
        if (publicOnly && !visibleIds(postCounts.allByCategory()).contains(category.id)) {
            throw TermSlugs.noSuchSlug("category");
        }
        TermSlugs.requireCurrent(category.slug, slug);
        return views(List.of(category)).get(0);
    }

    /**
     * Ids of the category with this slug and of all categories below it, for filtering posts by a subtree; an
     * unknown slug is a 400 naming {@code parameter}. For {@code publicOnly} (anonymous readers) a category that is
     * not {@link #visibleIds visible} is unknown too: an empty list for it would tell that it exists.
     */
    public List<Long> subtreeIds(String slug, String parameter, boolean publicOnly) {
        Category root = categories.findBySlug(slug)
                .filter(c -> !publicOnly || visibleIds(postCounts.allByCategory()).contains(c.id))
                .orElseThrow(() -> ApiException.badParameter(parameter, "no category has the slug '" + slug + "'"));
        return categories.subtreeIds(root);
    }

    public CategoryView get(long id) {
        return views(List.of(load(id))).get(0);
    }

    public CategoryView getBySlug(String slug) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> TermSlugs.noSuchSlug("category"));
        return views(List.of(category)).get(0);
    }

    /** The category with this slug, if any, without failing the caller's transaction when there is none (imports). */
    public Optional<CategoryView> findBySlug(String slug) {
        return categories.findBySlug(slug).map(c -> views(List.of(c)).get(0));
    }

    public CategoryView create(CategoryInput input) {
        Category category = new Category();
        category.createdAt = Timestamps.normalize(clock.instant());
        category.version = 1L;
        Category parent = parentOf(input.parentId());
        applyFields(category, input, category.createdAt);
        category.parentId = input.parentId();
        category.treePath = parent == null ? "/" : parent.childPath();
        checkPathLength(category.treePath.length());
        categories.persist(category);
        changes.record(ChangeType.CATEGORY, category.id);
        return get(category.id);
    }

    public CategoryView replace(long id, CategoryInput input, Precondition precondition) {
        Category category = load(id);
        precondition.check(() -> get(id));
        Precondition.requireVersion(input.version(), category.version);
        Instant now = Timestamps.normalize(clock.instant());
        applyFields(category, input, now);
        if (!Objects.equals(category.parentId, input.parentId())) {
            move(category, parentOf(input.parentId()), now);
        }
        categories.flush();
        return get(id);
    }

    /** Applies a change to the category's current state as an input, in one transaction with the write. */
    public CategoryView patch(long id, UnaryOperator<CategoryInput> change, Precondition precondition) {
        Category c = load(id);
        precondition.check(() -> get(id));
        return replace(id, change.apply(new CategoryInput(c.name, c.slug, c.description, c.parentId,
                SeoInput.of(c.seo), null, TermAliases.split(c.aliases))),
                Precondition.NONE);
    }

    public void delete(long id, Precondition precondition) {
        Category category = load(id);
        precondition.check(() -> get(id));
        if (categories.hasChildren(id)) {
            throw ApiException.conflict("has-children",
                    "Category " + id + " has child categories; move or delete them first", null);
        }
        if (postCounts.anyInCategory(id)) {
            throw ApiException.conflict("in-use", "Category " + id + " still holds posts; move them first", null);
        }
        categories.delete(category);
        slugs.deleted(ChangeType.CATEGORY, id);
    }

    /**
     * The categories a post write names by slug, in order and without repeats. Unknown slugs are a 422 naming each
     * offending list entry: categories are a curated tree, so a typo must not grow it.
     */
    public List<CategorySummary> resolveSlugs(List<String> slugs, String field) {
        Map<String, Category> bySlug = categories.findBySlugs(new HashSet<>(slugs)).stream()
                .collect(Collectors.toMap(c -> c.slug, Function.identity()));
        List<FieldError> unknown = new ArrayList<>();
        Map<Long, Category> resolved = new LinkedHashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            Category category = bySlug.get(slugs.get(i));
            if (category == null) {
                unknown.add(new FieldError(field + "[" + i + "]", "no category has the slug '" + slugs.get(i) + "'"));
            } else {
                resolved.putIfAbsent(category.id, category);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(422, "unknown-category", "Unprocessable Content",
                    "Categories must exist before posts name them", unknown, null);
        }
        return summariesOf(resolved.values());
    }

    /** Full views for a batch of ids: three queries whatever the batch size. */
    public Map<Long, CategoryView> views(Collection<Long> ids) {
        return views(categories.findByIds(ids)).stream()
                .collect(Collectors.toMap(CategoryView::id, Function.identity()));
    }

    /** Full views for a batch of ids; {@code publicOnly} leaves out those not {@link #visibleIds visible}. */
    public Map<Long, CategoryView> views(Collection<Long> ids, boolean publicOnly) {
        Map<Long, CategoryView> all = views(ids);
        if (publicOnly && !all.isEmpty()) {
            all.keySet().retainAll(visibleIds(postCounts.allByCategory()));
        }
        return all;
    }

    /** Summaries with paths for a batch of ids: two queries whatever the batch size. */
    public Map<Long, CategorySummary> summaries(Collection<Long> ids) {
        return summariesOf(categories.findByIds(ids)).stream()
                .collect(Collectors.toMap(CategorySummary::id, Function.identity()));
    }

    private List<CategorySummary> summariesOf(Collection<Category> found) {
        Map<Long, String> names = ancestorNames(found);
        return found.stream().map(c -> new CategorySummary(c.id, c.slug, c.name, path(c, names))).toList();
    }

    private List<CategoryView> views(List<Category> page) {
        Map<Long, String> names = ancestorNames(page);
        Map<Long, Long> counts = postCounts.byCategory(page.stream().map(c -> c.id).toList());
        Map<Long, ImageSummary> ogImages = seo.ogImages(page.stream().map(c -> c.seo).toList());
        return page.stream().map(c -> new CategoryView(c.id, c.slug, c.name, c.description, c.parentId,
                path(c, names), counts.getOrDefault(c.id, 0L), c.createdAt, c.updatedAt,
                SeoView.of(c.seo, ogImages), c.version, TermAliases.split(c.aliases))).toList();
    }

    /**
     * The aliases of these categories (those that have any), one query whatever the batch size: search indexes them
     * with the names of a post's categories.
     */
    public Map<Long, List<String>> aliases(Collection<Long> ids) {
        return categories.findByIds(ids).stream().filter(c -> c.aliases != null)
                .collect(Collectors.toMap(c -> c.id, c -> TermAliases.split(c.aliases)));
    }

    private Map<Long, String> ancestorNames(Collection<Category> found) {
        Set<Long> ancestors = new HashSet<>();
        for (Category c : found) {
            for (long id : c.ancestorIds()) {
                ancestors.add(id);
            }
        }
        return categories.findByIds(ancestors).stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
    }

    private static List<String> path(Category category, Map<Long, String> names) {
        List<String> path = new ArrayList<>();
        for (long id : category.ancestorIds()) {
            path.add(names.getOrDefault(id, "?"));
        }
        path.add(category.name);
        return path;
    }

    private void applyFields(Category category, CategoryInput input, Instant now) {
        String slug = TermSlugs.chosen(input.slug(), input.name(), "category",
                s -> categories.slugTakenByOther(s, category.id));
        boolean fieldsChanged = !Objects.equals(category.slug, slug) || !Objects.equals(category.name, input.name())
                || !Objects.equals(category.description, input.description())
                || !Objects.equals(category.aliases, TermAliases.join(input.aliases()));
        // Writes the SEO fields itself (after checking an og:image exists) and says whether they changed.
        boolean seoChanged = seo.apply(category.seo, input.seo());
        if (fieldsChanged || seoChanged) {
            // A category's path holds its ancestors' names: a rename changes its whole subtree's views.
            changes.record(ChangeType.CATEGORY, category.id == null || Objects.equals(category.name, input.name())
                    ? Collections.singletonList(category.id) : categories.subtreeIds(category));
            slugs.slugChanging(ChangeType.CATEGORY, category.id, category.slug, slug);
            category.slug = slug;
            category.name = input.name();
            category.description = input.description();
            category.aliases = TermAliases.join(input.aliases());
            category.updatedAt = now;
        }
    }

    private void move(Category category, Category parent, Instant now) {
        String oldChildPath = category.childPath();
        String newPath = parent == null ? "/" : parent.childPath();
        if (newPath.startsWith(oldChildPath)) {
            throw ApiException.invalid("parentId", "a category cannot be moved under itself or its descendants");
        }
        String newChildPath = newPath + category.id + "/";
        checkPathLength(newPath.length());
        checkPathLength(categories.longestPathUnder(oldChildPath) - oldChildPath.length() + newChildPath.length());
        category.parentId = parent == null ? null : parent.id;
        category.treePath = newPath;
        category.updatedAt = now;
        // Flush this node first (one version bump), then rewrite the descendants' paths in one statement.
        categories.flush();
        categories.moveSubtree(oldChildPath, newChildPath);
        changes.record(ChangeType.CATEGORY, categories.subtreeIds(category));
    }

    private Category parentOf(Long parentId) {
        if (parentId == null) {
            return null;
        }
        Category parent = categories.findById(parentId);
        if (parent == null) {
            throw ApiException.invalid("parentId", "no category has the id " + parentId);
        }
        return parent;
    }

    private static void checkPathLength(int length) {
        if (length > MAX_TREE_PATH) {
            throw ApiException.invalid("parentId", "the category tree would be too deep");
        }
    }

    private Category load(long id) {
        Category category = categories.findById(id);
        if (category == null) {
            throw ApiException.notFound("Category " + id + " does not exist");
        }
        return category;
    }
}
