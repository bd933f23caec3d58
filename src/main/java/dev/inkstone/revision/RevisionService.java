package dev.inkstone.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import dev.inkstone.category.CategoryService;
import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorSummary;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.image.ImageService;
import dev.inkstone.post.PostInput;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;

/** A post's history: its revisions, how they differ, and restoring one as a new write. */
@ApplicationScoped
@Transactional
public class RevisionService {

    static final List<SortField<PostRevision>> SORTS = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, r -> r.createdAt),
            new SortField<>("id", "id", Long.class, r -> r.id));

    private final RevisionRepository revisions;
    private final PostService posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ImageService images;
    private final ObjectMapper json;
    private final AuthorService authors;

    RevisionService(RevisionRepository revisions, PostService posts, TagService tags, CategoryService categories,
            ImageService images, ObjectMapper json, AuthorService authors) {
        this.authors = authors;
        this.revisions = revisions;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.images = images;
        this.json = json;
    }

    /** The post's revisions, newest first. */
    public Page<RevisionSummary> list(long postId, PageRequest request) {
        posts.get(postId, true);
        ListQuery<PostRevision> query = new ListQuery<>(PostRevision.class).where("e.postId = :post", "post", postId);
        Sort<PostRevision> sort = Sort.parse(null, request, SORTS, "-createdAt");
        var em = revisions.getEntityManager();
        return Page.of(query.fetch(em, sort, request), request, query.count(em), sort,
                page -> page.stream().map(RevisionSummary::of).toList());
    }

    public RevisionView get(long postId, long revisionId) {
        PostRevision revision = load(postId, revisionId);
        return RevisionView.of(RevisionSummary.of(revision), snapshot(revision));
    }

    /** The revision compared with the current post ({@code against} "current") or another of its revisions. */
    public RevisionDiff diff(long postId, long revisionId, String against) {
        RevisionSnapshot from = snapshot(load(postId, revisionId));
        RevisionSnapshot to;
        String label;
        if (against == null || against.equals("current")) {
            to = RevisionSnapshot.of(posts.get(postId, true));
            label = "current";
        } else if (against.matches("[1-9][0-9]{0,17}")) {
            to = snapshot(load(postId, Long.parseLong(against)));
            label = against;
        } else {
            throw ApiException.badParameter("against", "against must be current or the id of a revision of this post");
        }
        List<RevisionDiff.FieldChange> fields = new ArrayList<>();
        List<RevisionDiff.TermsChange> terms = new ArrayList<>();
        for (RevisionField field : RevisionField.values()) {
            if (field == RevisionField.MARKDOWN || !field.differs(from, to)) {
                continue;
            }
            if (field.single()) {
                fields.add(new RevisionDiff.FieldChange(field.wire, field.text(from), field.text(to)));
            } else {
                terms.add(new RevisionDiff.TermsChange(field.wire, field.terms(from), field.terms(to)));
            }
        }
        boolean markdownChanged = RevisionField.MARKDOWN.differs(from, to);
        List<String> lines = markdownChanged ? lineDiff(from.markdown(), to.markdown(), "revision " + revisionId,
                label.equals("current") ? "current" : "revision " + label) : List.of();
        return new RevisionDiff(revisionId, label, fields, terms, markdownChanged, lines);
    }

    /**
     * Writes the revision's snapshot as the post's new state, through the post's own write (so it is a revision of
     * its own). Tags, categories and an image that no longer exist are a 422 naming each, or left out when
     * {@code skipMissing}. The post's other fields (sourceUrl) stay as they are.
     */
    public PostView restore(long postId, long revisionId, boolean skipMissing, Precondition precondition) {
        RevisionSnapshot snapshot = snapshot(load(postId, revisionId));
        // A stale If-Match is told first: the client must reread before anything else about the restore matters.
        precondition.check(() -> posts.get(postId, true));
        List<FieldError> missing = new ArrayList<>();
        Map<Long, TagSummary> foundTags = tags.summaries(snapshot.tags().stream().map(RevisionSnapshot.Term::id)
                .toList());
        Map<Long, CategorySummary> foundCategories = categories.summaries(snapshot.categories().stream()
                .map(RevisionSnapshot.Term::id).toList());
        List<String> tagSlugs = present(snapshot.tags(), "tags", "tag", missing,
                id -> foundTags.containsKey(id) ? foundTags.get(id).slug() : null);
        List<String> categorySlugs = present(snapshot.categories(), "categories", "category", missing,
                id -> foundCategories.containsKey(id) ? foundCategories.get(id).slug() : null);
        List<String> authorSlugs = null;
        if (snapshot.authors() != null) {
            Map<Long, AuthorSummary> foundAuthors = authors.summaries(snapshot.authors().stream()
                    .map(RevisionSnapshot.Term::id).toList());
            authorSlugs = present(snapshot.authors(), "authors", "author", missing,
                    id -> foundAuthors.containsKey(id) ? foundAuthors.get(id).slug() : null);
        }
        Long image = snapshot.featuredImage();
        if (image != null && images.summaries(List.of(image)).isEmpty()) {
            missing.add(new FieldError("featuredImage", "image " + image + " no longer exists"));
            image = null;
        }
        SeoInput seo = snapshot.seo();
        if (seo != null && seo.ogImage() != null && images.summaries(List.of(seo.ogImage())).isEmpty()) {
            missing.add(new FieldError("seo.ogImage", "image " + seo.ogImage() + " no longer exists"));
            seo = new SeoInput(seo.title(), seo.description(), seo.canonicalUrl(), null, seo.noindex());
        }
        if (!missing.isEmpty() && !skipMissing) {
            throw new ApiException(422, "missing-references", "Unprocessable Content", "The revision refers to "
                    + missing.size() + " tag(s), category(ies) or image(s) that no longer exist; restore with "
                    + "skipMissing=true to leave them out", missing, null);
        }
        Long featured = image;
        SeoInput restoredSeo = seo;
        List<String> byline = authorSlugs;
        return posts.patch(postId, current -> new PostInput(snapshot.title(), snapshot.slug(), snapshot.status(),
                snapshot.publishedAt(), snapshot.markdown(), snapshot.excerpt(), tagSlugs, categorySlugs,
                current.sourceUrl(), featured, byline == null ? current.authors() : byline, null, restoredSeo, null,
                // Revisions follow stored images only: an external featured image stays unless one replaces it.
                featured == null ? current.featuredImageUrl() : null), precondition);
    }

    /** The current slugs of the terms that still exist; each missing one becomes an error at its index. */
    private static List<String> present(List<RevisionSnapshot.Term> terms, String field, String what,
            List<FieldError> missing, LongFunction<String> currentSlug) {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            RevisionSnapshot.Term term = terms.get(i);
            String slug = currentSlug.apply(term.id());
            if (slug == null) {
                missing.add(new FieldError(field + "[" + i + "]", what + " '" + term.slug() + "' (id " + term.id()
                        + ") no longer exists"));
            } else {
                slugs.add(slug);
            }
        }
        return slugs;
    }

    private static List<String> lineDiff(String from, String to, String fromName, String toName) {
        List<String> a = from.lines().toList();
        List<String> b = to.lines().toList();
        return UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, DiffUtils.diff(a, b), 3);
    }

    private PostRevision load(long postId, long revisionId) {
        return revisions.find(postId, revisionId).orElseThrow(() -> ApiException.notFound("Post " + postId
                + " has no revision " + revisionId));
    }

    private RevisionSnapshot snapshot(PostRevision revision) {
        try {
            return json.readValue(revision.snapshot, RevisionSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision " + revision.id + " holds an unreadable snapshot", e);
        }
    }
}
