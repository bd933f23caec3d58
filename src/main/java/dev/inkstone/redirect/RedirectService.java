package dev.inkstone.redirect;

import java.time.InstantSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.importer.PostImported;
import dev.inkstone.post.PostSync;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagView;
import dev.inkstone.tag.TagService;

/** Redirect rules: one redirect a normalised path, targets that exist, and only visible targets for anonymous readers. */
@ApplicationScoped
@Transactional
public class RedirectService {

    static final List<SortField<Redirect>> SORTS = List.of(
            new SortField<>("path", "pathKey", String.class, r -> r.pathKey),
            new SortField<>("id", "id", Long.class, r -> r.id));

    private static final String NO_REDIRECT = "No redirect for this path";

    private final RedirectRepository redirects;
    private final PostSync posts;
    private final TagService tags;
    private final CategoryService categories;
    private final InstantSource clock;

    RedirectService(RedirectRepository redirects, PostSync posts, TagService tags, CategoryService categories,
            InstantSource clock) {
        this.redirects = redirects;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.clock = clock;
    }

    /**
     * The redirect for an old path, as a frontend's 404 handler asks. A resource target the caller may not see (a
     * draft, for anonymous readers) or that was deleted makes it a 404, like a path without a redirect.
     */
    public RedirectView lookup(String path, boolean mayReadDrafts) {
        String key;
        try {
            key = RedirectPaths.key(path);
        } catch (RedirectPaths.BadPath e) {
            throw ApiException.badParameter("path", "path " + e.getMessage());
        }
        Redirect redirect = redirects.findByKey(key).orElseThrow(() -> ApiException.notFound(NO_REDIRECT));
        RedirectView view = views(List.of(redirect), mayReadDrafts).get(0);
        if (view.target() != null && view.target().slug() == null) {
            throw ApiException.notFound(NO_REDIRECT);
        }
        return view;
    }

    /** A page of every redirect, by path or id. */
    public Page<RedirectView> list(PageRequest request, String sortParameter) {
        Sort<Redirect> sort = Sort.parse(sortParameter, request, SORTS, "path");
        return Page.of(redirects.page(sort, request), request, redirects.count(), sort, page -> views(page, true));
    }

    public RedirectView get(long id) {
        return views(List.of(load(id)), true).get(0);
    }

    public RedirectView create(RedirectInput input) {
        Redirect redirect = new Redirect();
        redirect.path = input.path().strip();
        try {
            redirect.pathKey = RedirectPaths.key(input.path());
        } catch (RedirectPaths.BadPath e) {
            throw ApiException.invalid("path", "path " + e.getMessage());
        }
        redirect.status = input.status() == null ? 301 : input.status();
        if (redirect.status != 301 && redirect.status != 302) {
            throw ApiException.invalid("status", "status must be 301 or 302");
        }
        if ((input.targetPath() == null) == (input.target() == null)) {
            String field = input.target() == null ? "targetPath" : "target";
            throw ApiException.invalid(field, "give either targetPath or target, not both or neither");
        }
        if (input.targetPath() != null) {
            redirect.targetPath = checkedTargetPath(input.targetPath());
        } else {
            redirect.targetType = input.target().type();
            redirect.targetId = input.target().id();
        }
        if (redirects.findByKey(redirect.pathKey).isPresent()) {
            throw conflict(redirect.path);
        }
        redirect.origin = Redirect.BY_ADMIN;
        redirect.createdAt = Timestamps.normalize(clock.instant());
        redirects.persist(redirect);
        RedirectView view = views(List.of(redirect), true).get(0);
        if (view.target() != null && view.target().slug() == null) {
            // Thrown after persist: the transaction rolls back, nothing is written.
            throw ApiException.invalid("target.id", "no " + redirect.targetType + " has the id " + redirect.targetId);
        }
        redirects.flush();
        return view;
    }

    public void delete(long id, Precondition precondition) {
        Redirect redirect = load(id);
        precondition.check(() -> views(List.of(redirect), true).get(0));
        redirects.delete(redirect);
    }

    /**
     * Points the old addresses of imported posts at them, one query for all: a path no redirect has gets one (origin
     * "import"), an import's redirect is moved to the post, and one an admin made stays theirs. A later post of the
     * list naming the same path wins, as it would one at a time. A URL without a usable path (the old home page, a
     * malformed one) records nothing: the import itself must not fail over it.
     */
    void recordImported(List<PostImported> imported) {
        Map<String, PostImported> byKey = new HashMap<>();
        for (PostImported post : imported) {
            if (post.sourceUrl() == null) {
                continue;
            }
            try {
                String key = RedirectPaths.key(post.sourceUrl());
                if (!key.equals("/")) {
                    byKey.put(key, post);
                }
            } catch (RedirectPaths.BadPath e) {
                // an address this site could never be asked for: nothing to redirect
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        Map<String, Redirect> known = redirects.byKeys(byKey.keySet());
        byKey.forEach((key, post) -> {
            Redirect redirect = known.get(key);
            if (redirect != null && !redirect.origin.equals(Redirect.BY_IMPORT)) {
                return;
            }
            boolean created = redirect == null;
            if (created) {
                redirect = new Redirect();
                redirect.path = RedirectPaths.pathAndQuery(post.sourceUrl());
                redirect.pathKey = key;
                redirect.status = 301;
                redirect.origin = Redirect.BY_IMPORT;
                redirect.createdAt = Timestamps.normalize(clock.instant());
            }
            redirect.targetPath = null;
            redirect.targetType = "post";
            redirect.targetId = post.postId();
            if (created) {
                // After the target is set: the insert carries the state persist saw.
                redirects.persist(redirect);
            }
        });
    }

    private static String checkedTargetPath(String targetPath) {
        String path = targetPath.strip();
        if (!path.startsWith("/") || path.startsWith("//") || path.chars().anyMatch(c -> c <= ' ')) {
            // A path on this site only: "//host" would send readers to another site.
            throw ApiException.invalid("targetPath", "targetPath must be a path starting with a single '/', "
                    + "without spaces");
        }
        return path;
    }

    private static ApiException conflict(String path) {
        return ApiException.conflict("duplicate-path", "A redirect for the path '" + path + "' exists already",
                "path");
    }

    /** Views with their targets' current slugs: one batch per target type, whatever the page size. */
    private List<RedirectView> views(List<Redirect> page, boolean mayReadDrafts) {
        Map<String, Set<Long>> ids = page.stream().filter(r -> r.targetType != null)
                .collect(Collectors.groupingBy(r -> r.targetType, Collectors.mapping(r -> r.targetId,
                        Collectors.toSet())));
        Map<String, Map<Long, String>> slugs = new HashMap<>();
        slugs.put("post", slugsOf(ids.get("post"), batch -> posts.views(batch, mayReadDrafts), PostView::slug));
        slugs.put("tag", slugsOf(ids.get("tag"), batch -> tags.views(batch, !mayReadDrafts), TagView::slug));
        slugs.put("category", slugsOf(ids.get("category"), batch -> categories.views(batch, !mayReadDrafts),
                CategoryView::slug));
        return page.stream().map(r -> RedirectView.of(r, r.targetType == null ? null
                : slugs.get(r.targetType).get(r.targetId))).toList();
    }

    private static <V> Map<Long, String> slugsOf(Set<Long> ids, java.util.function.Function<Collection<Long>,
            Map<Long, V>> load, java.util.function.Function<V, String> slug) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        return load.apply(ids).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> slug.apply(e.getValue())));
    }

    private Redirect load(long id) {
        Redirect redirect = redirects.findById(id);
        if (redirect == null) {
            throw ApiException.notFound("Redirect " + id + " does not exist");
        }
        return redirect;
    }
}
