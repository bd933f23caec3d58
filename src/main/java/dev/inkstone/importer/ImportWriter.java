package dev.inkstone.importer;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.inkstone.category.CategoryInput;
import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.hash.Sha256;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.common.validation.CleanTextValidator;
import dev.inkstone.importer.ImportedPost.TermRef;
import dev.inkstone.post.PostInput;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagInput;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;

/**
 * Writes what readers find, each item in its own transaction: the post (through PostService, so rendering, the change
 * log and the caches stay right), the tags and categories it needs, its source key, and its report line commit
 * together or not at all. A failing item is reported and the next one goes on.
 */
@ApplicationScoped
class ImportWriter {

    static final int MAX_TAGS = 100;
    static final int MAX_CATEGORIES = 20;
    private static final int SLUG_ATTEMPTS = 10;
    private static final int MAX_KEY = 1000;

    private final PostService posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ImportSourceRepository sources;
    private final ImportItemRepository items;
    private final ImportJobRepository jobs;
    private final Validator validator;
    private final InstantSource clock;
    /** Features above the importer learn of each written post (redirects record its old address). */
    @Inject
    Event<PostImported> imported;

    ImportWriter(PostService posts, TagService tags, CategoryService categories, ImportSourceRepository sources,
            ImportItemRepository items, ImportJobRepository jobs, Validator validator, InstantSource clock) {
        this.clock = clock;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.sources = sources;
        this.items = items;
        this.jobs = jobs;
        this.validator = validator;
    }

    /** One job's state while it runs: tag and category slugs known to exist (filled only after commits). */
    static final class Run {
        final long jobId;
        final String kind;
        final boolean dryRun;
        /** The job's image resolver over the files that came with the import. */
        final ImportMedia.Job media;
        final Map<String, Long> knownTags = new HashMap<>();
        final Map<String, CategoryRef> knownCategories = new HashMap<>();
        final Map<String, Long> pendingTags = new HashMap<>();
        final Map<String, CategoryRef> pendingCategories = new HashMap<>();
        /** Post keys this run has seen: a source listing one item twice (WordPress exports do) writes it once. */
        final Set<String> seenPosts = new HashSet<>();

        Run(long jobId, String kind, boolean dryRun, ImportMedia.Job media) {
            this.jobId = jobId;
            this.kind = kind;
            this.dryRun = dryRun;
            this.media = media;
        }

        void committed() {
            knownTags.putAll(pendingTags);
            knownCategories.putAll(pendingCategories);
            pendingTags.clear();
            pendingCategories.clear();
        }

        void rolledBack() {
            pendingTags.clear();
            pendingCategories.clear();
        }
    }

    record CategoryRef(long id, Long parentId) {
    }

    private record Line(String type, String key, String title, String outcome, String reason, Long resourceId,
            String slug) {
    }

    // ---- posts ----

    void post(Run run, ImportedPost post) {
        String key = key(post.sourceKey());
        if (!run.seenPosts.add(key)) {
            record(run, new Line("post", key, post.title(), "skipped", "duplicate: an earlier item has the same key",
                    null, null), true);
            return;
        }
        PostMedia media = media(run, post, key);
        String hash = media.fingerprint().isEmpty() ? hash(post) : sha256(hash(post) + media.fingerprint());
        Optional<ImportSource> known = inTransaction(() -> sources.find(run.kind, key).map(ImportWriter::detach));
        PostView existing = known.map(s -> existingPost(s.resourceId)).orElse(null);
        Long existingId = existing == null ? null : existing.id();
        String notes = notes(post.notes());
        if (existing != null && known.get().contentHash.equals(hash)) {
            if (!run.dryRun) {
                // A post imported before redirects existed gets its old address recorded by the next import.
                inTransaction(() -> announce(existingId, post));
            }
            recordWithMedia(run, media, new Line("post", key, post.title(), "unchanged", notes, existingId,
                    existing.slug()));
            return;
        }
        if (run.dryRun) {
            recordWithMedia(run, media, new Line("post", key, post.title(), existingId == null ? "created"
                    : "updated", notes, existingId, post.slug()));
            return;
        }
        String base = post.slug() != null ? post.slug() : Slugs.slugifyOrFallback(post.title(), "post");
        boolean bySlug = run.kind.equals(ImportFormat.INKSTONE.kind());
        for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
            String slug = attempt == 1 ? base : suffixed(base, attempt);
            try {
                inTransaction(() -> {
                    writePost(run, post, media, key, hash, existingId, slug, bySlug, notes);
                    return null;
                });
                run.committed();
                return;
            } catch (ApiException e) {
                run.rolledBack();
                if (!bySlug && e.type().equals("duplicate-slug")) {
                    continue;
                }
                recordWithMedia(run, media, new Line("post", key, post.title(), "skipped", describe(e), null, slug));
                return;
            } catch (RuntimeException e) {
                run.rolledBack();
                failed(run, "post", key, post.title(), e);
                return;
            }
        }
        recordWithMedia(run, media, new Line("post", key, post.title(), "skipped", "slug '" + base + "' and "
                + (SLUG_ATTEMPTS - 1) + " numbered variants are taken", null, base));
    }

    /**
     * A post's images, resolved before its transaction (storing an image decodes it, which takes a while and needs no
     * connection): the body with matched references rewritten, the featured image, the report lines, and a
     * fingerprint of what matched, so a re-run that finds the same images sees an unchanged post and one that finds
     * new files updates it.
     */
    private record PostMedia(String markdown, Long featuredId, List<Line> lines, String fingerprint) {
    }

    private PostMedia media(Run run, ImportedPost post, String key) {
        String relativeTo = run.kind.equals(ImportFormat.MARKDOWN.kind()) ? post.sourceKey() : null;
        List<Line> lines = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        Long featuredId = null;
        if (post.featured() != null && !post.featured().isBlank()) {
            ImportMedia.Resolved featured = run.media.resolve(post.featured(), relativeTo, null);
            featuredId = featured.found() ? featured.image().id() : null;
            mediaLine(lines, fingerprint, key, "featured image", featured);
        }
        ImportMedia.Rewritten body = run.media.rewrite(post.markdown(), relativeTo);
        for (ImportMedia.Resolved reference : body.references()) {
            mediaLine(lines, fingerprint, key, "image in the body", reference);
        }
        return new PostMedia(body.markdown(), featuredId, lines, fingerprint.toString());
    }

    private static void mediaLine(List<Line> lines, StringBuilder fingerprint, String key, String what,
            ImportMedia.Resolved resolved) {
        String lineKey = key(key + "#" + what + ":" + resolved.reference());
        if (resolved.found()) {
            fingerprint.append(what).append('\u0001').append(resolved.reference()).append('\u0001')
                    .append(resolved.image().sha256()).append('\u0000');
            if (resolved.created()) {
                lines.add(new Line("image", lineKey, resolved.reference(), "created", what + ": stored",
                        resolved.image().id(), null));
            }
        } else {
            lines.add(new Line("image", lineKey, resolved.reference(), "missing", what + ": "
                    + resolved.missingReason(), null, null));
        }
    }

    private void writePost(Run run, ImportedPost post, PostMedia media, String key, String hash, Long existingId,
            String slug, boolean bySlug, String notes) {
        List<String> tagSlugs = new ArrayList<>();
        for (TermRef tag : post.tags()) {
            tagSlugs.add(ensureTag(run, tag, null).slug);
        }
        List<String> categorySlugs = new ArrayList<>();
        for (List<TermRef> path : post.categories()) {
            if (!path.isEmpty()) {
                categorySlugs.add(ensureCategory(run, path, null).slug);
            }
        }
        List<String> cut = new ArrayList<>();
        List<String> distinctTags = limit(new ArrayList<>(new LinkedHashSet<>(tagSlugs)), MAX_TAGS, "tags", cut);
        List<String> distinctCategories = limit(new ArrayList<>(new LinkedHashSet<>(categorySlugs)), MAX_CATEGORIES,
                "categories", cut);
        PostInput input = new PostInput(clean(post.title(), false), slug, post.status(), post.publishedAt(),
                clean(media.markdown(), true), clean(post.excerpt(), true), distinctTags,
                distinctCategories, clean(post.sourceUrl(), false), media.featuredId(), clean(post.author(), false));
        validate(input);
        PostView view;
        String outcome;
        if (bySlug) {
            Instant before = Timestamps.normalize(clock.instant());
            PostService.Upserted upserted = posts.upsertBySlug(slug, input, Precondition.NONE);
            view = upserted.post();
            // The upsert leaves a post it would not change untouched, updatedAt included.
            outcome = upserted.created() ? "created" : view.updatedAt().isBefore(before) ? "unchanged" : "updated";
        } else if (existingId != null) {
            view = posts.replace(existingId, input, Precondition.NONE);
            outcome = "updated";
        } else {
            view = posts.create(input);
            outcome = "created";
        }
        ImportSource source = sources.find(run.kind, key).orElseGet(ImportSource::new);
        source.kind = run.kind;
        source.key = key;
        source.resourceType = "post";
        source.resourceId = view.id();
        source.contentHash = hash;
        source.updatedAt = Timestamps.normalize(clock.instant());
        if (source.id == null) {
            sources.persist(source);
        }
        announce(view.id(), post);
        List<String> allNotes = new ArrayList<>();
        if (!notes.isEmpty()) {
            allNotes.add(notes);
        }
        allNotes.addAll(cut);
        if (!slug.equals(post.slug()) && post.slug() != null) {
            allNotes.add("slug '" + post.slug() + "' was taken: imported as '" + slug + "'");
        }
        Line line = new Line("post", key, post.title(), outcome, String.join("; ", allNotes), view.id(), view.slug());
        write(run, line, true);
        media.lines().forEach(each -> write(run, each, false));
    }

    /** The post a source key names, or null when it was deleted since (the item is then imported anew). */
    private PostView existingPost(long id) {
        try {
            return posts.get(id, true);
        } catch (ApiException e) {
            return null;
        }
    }

    private void recordWithMedia(Run run, PostMedia media, Line line) {
        inTransaction(() -> {
            write(run, line, true);
            media.lines().forEach(each -> write(run, each, false));
            return null;
        });
    }

    // ---- terms ----

    void category(Run run, String sourceKey, List<TermRef> path, String description) {
        String key = key(sourceKey);
        String title = path.isEmpty() ? sourceKey : path.get(path.size() - 1).name();
        try {
            Ensured ensured = inTransaction(() -> {
                Ensured leaf = ensureCategory(run, path, description);
                write(run, new Line("category", key, title, leaf.created ? "created" : "unchanged", null, leaf.id,
                        leaf.slug), true);
                return leaf;
            });
            Log.debugf("import job %d: category %s", run.jobId, ensured.slug);
            run.committed();
        } catch (RuntimeException e) {
            run.rolledBack();
            if (e instanceof ApiException api) {
                record(run, new Line("category", key, title, "skipped", describe(api), null, null), true);
            } else {
                failed(run, "category", key, title, e);
            }
        }
    }

    void tag(Run run, String sourceKey, TermRef tag, String description) {
        String key = key(sourceKey);
        try {
            inTransaction(() -> {
                Ensured ensured = ensureTag(run, tag, description);
                write(run, new Line("tag", key, tag.name(), ensured.created ? "created" : "unchanged", null,
                        ensured.id, ensured.slug), true);
                return null;
            });
            run.committed();
        } catch (RuntimeException e) {
            run.rolledBack();
            if (e instanceof ApiException api) {
                record(run, new Line("tag", key, tag.name(), "skipped", describe(api), null, null), true);
            } else {
                failed(run, "tag", key, tag.name(), e);
            }
        }
    }

    private record Ensured(String slug, Long id, boolean created) {
    }

    private Ensured ensureTag(Run run, TermRef tag, String description) {
        String name = clean(tag.name() == null || tag.name().isBlank() ? tag.slug() : tag.name().strip(), false);
        String slug = tag.slug() != null && Slugs.isValid(tag.slug()) ? tag.slug()
                : Slugs.slugifyOrFallback(name, "tag");
        Long id = run.knownTags.getOrDefault(slug, run.pendingTags.get(slug));
        if (id != null) {
            return new Ensured(slug, id, false);
        }
        Optional<TagSummary> found = tags.findBySlug(slug);
        boolean created = found.isEmpty();
        if (run.dryRun) {
            return new Ensured(slug, found.map(TagSummary::id).orElse(null), created);
        }
        id = found.map(TagSummary::id)
                .orElseGet(() -> tags.create(new TagInput(cut(name, 100), slug, trimmed(description, 2000))).id());
        run.pendingTags.put(slug, id);
        return new Ensured(slug, id, created);
    }

    /** Finds or creates each category of a path, root first; returns the last, created with the description. */
    private Ensured ensureCategory(Run run, List<TermRef> path, String description) {
        Long parentId = null;
        String parentSlug = null;
        Ensured last = null;
        for (TermRef node : path) {
            String name = clean(node.name() == null || node.name().isBlank() ? node.slug() : node.name().strip(),
                    false);
            boolean derived = node.slug() == null || !Slugs.isValid(node.slug());
            String slug = derived ? Slugs.slugifyOrFallback(name, "category") : node.slug();
            CategoryRef found = category(run, slug);
            if (found != null && derived && parentSlug != null && !Objects.equals(found.parentId(), parentId)) {
                // The same name under another parent ("Foo A" twice): a separate category, slugged with its parent.
                slug = Slugs.slugifyOrFallback(parentSlug + "-" + name, "category");
                found = category(run, slug);
            }
            boolean created = found == null;
            if (found == null && !run.dryRun) {
                boolean leaf = node == path.get(path.size() - 1);
                CategoryView made = categories.create(new CategoryInput(cut(name, 100), slug,
                        leaf ? trimmed(description, 2000) : null, parentId));
                found = new CategoryRef(made.id(), made.parentId());
                run.pendingCategories.put(slug, found);
            }
            parentId = found == null ? null : found.id();
            parentSlug = slug;
            last = new Ensured(slug, parentId, created);
        }
        return last;
    }

    private CategoryRef category(Run run, String slug) {
        CategoryRef known = run.knownCategories.getOrDefault(slug, run.pendingCategories.get(slug));
        if (known != null) {
            return known;
        }
        CategoryRef found = categories.findBySlug(slug).map(c -> new CategoryRef(c.id(), c.parentId())).orElse(null);
        if (found != null) {
            run.pendingCategories.put(slug, found);
        }
        return found;
    }

    // ---- everything else ----

    /** An image the source lists on its own (a WXR attachment, an image file in a zip, an export's image). */
    void attachment(Run run, String sourceKey, String title, String url, ImportMedia.ImageMeta meta) {
        String reference = url == null ? sourceKey : url;
        ImportMedia.Resolved resolved = run.media.resolve(reference, null, meta);
        String outcome = !resolved.found() ? "missing" : resolved.created() ? "created" : "unchanged";
        record(run, new Line("attachment", key(sourceKey), url != null ? url : title, outcome,
                resolved.missingReason(), resolved.found() ? resolved.image().id() : null, null), true);
    }

    void skip(Run run, String type, String sourceKey, String title, String reason) {
        record(run, new Line(cut(type, 16), key(sourceKey), title, "skipped", reason, null, null), true);
    }

    private void failed(Run run, String type, String key, String title, RuntimeException e) {
        Log.warnf(e, "import job %d: item %s failed", run.jobId, key);
        record(run, new Line(type, key, title, "failed", "unexpected error (" + e.getClass().getSimpleName()
                + "); see the server log", null, null), true);
    }

    private void record(Run run, Line line, boolean countsAsItem) {
        inTransaction(() -> {
            write(run, line, countsAsItem);
            return null;
        });
    }

    /** Writes a report line and counts it, inside the caller's transaction. */
    private void write(Run run, Line line, boolean countsAsItem) {
        ImportItem item = new ImportItem();
        item.jobId = run.jobId;
        item.type = line.type;
        item.sourceKey = line.key;
        item.title = line.title == null ? null : cut(line.title, 300);
        item.outcome = line.outcome;
        item.reason = line.reason == null || line.reason.isEmpty() ? null : cut(line.reason, 1000);
        item.resourceId = line.resourceId;
        item.slug = line.slug;
        items.persist(item);
        String counter = switch (line.outcome) {
            case "created", "updated", "unchanged", "skipped", "missing", "failed" -> line.outcome;
            default -> throw new IllegalArgumentException(line.outcome);
        };
        jobs.update(counter + " = " + counter + " + 1" + (countsAsItem ? ", processed = processed + 1" : "")
                + " where id = ?1", run.jobId);
    }

    // ---- helpers ----

    private void validate(PostInput input) {
        Set<ConstraintViolation<PostInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<PostInput> first = violations.iterator().next();
            throw ApiException.invalid(first.getPropertyPath().toString(), first.getMessage());
        }
    }

    private static String describe(ApiException e) {
        String detail = e.getMessage() == null ? e.title() : e.getMessage();
        if (!e.errors().isEmpty() && !detail.contains(e.errors().get(0).message())) {
            detail += ": " + e.errors().get(0).field() + " " + e.errors().get(0).message();
        } else if (!e.errors().isEmpty()) {
            detail = e.errors().get(0).field() + ": " + detail;
        }
        return detail;
    }

    private static List<String> limit(List<String> slugs, int max, String what, List<String> notes) {
        if (slugs.size() <= max) {
            return slugs;
        }
        notes.add(slugs.size() + " " + what + ": the first " + max + " kept");
        return slugs.subList(0, max);
    }

    private static String suffixed(String base, int n) {
        String suffix = "-" + n;
        int room = 120 - suffix.length();
        String cut = base.codePointCount(0, base.length()) > room ? base.substring(0, base.offsetByCodePoints(0, room))
                : base;
        return cut.replaceAll("-+$", "") + suffix;
    }

    private static String notes(List<String> notes) {
        return notes == null ? "" : String.join("; ", notes);
    }

    private static ImportSource detach(ImportSource source) {
        ImportSource copy = new ImportSource();
        copy.resourceId = source.resourceId;
        copy.contentHash = source.contentHash;
        return copy;
    }

    static String key(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, 900) + "#" + sha256(key);
    }

    /**
     * The text without what the API refuses (control characters, lone surrogates, non-characters): exports carry
     * them (a form feed pasted into a post, a tab in a title), and one stray character must not lose a post.
     * Single-line text gets spaces for line breaks and tabs.
     */
    static String clean(String text, boolean multiline) {
        if (text == null || CleanTextValidator.isClean(text, multiline)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(multiline ? c : ' ');
            } else if (!(Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c < 0x20
                    || (c >= 0x7F && c <= 0x9F))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String trimmed(String text, int max) {
        return text == null || text.isBlank() ? null : cut(text.strip(), max);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A fingerprint of everything the source says about a post: equal means nothing to update. */
    static String hash(ImportedPost post) {
        StringBuilder all = new StringBuilder();
        for (Object field : new Object[] { post.title(), post.slug(), post.status(), post.publishedAt(),
                post.markdown(), post.excerpt(), post.author(), post.sourceUrl(), post.featured() }) {
            all.append(field).append('\u0000');
        }
        post.tags().forEach(t -> all.append(t.name()).append('\u0001').append(t.slug()).append('\u0000'));
        post.categories().forEach(path -> {
            path.forEach(c -> all.append(c.name()).append('\u0001').append(c.slug()).append('\u0002'));
            all.append('\u0000');
        });
        return sha256(all.toString());
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** Tells the features above the importer (redirects) which post came from which address of the old site. */
    private Void announce(long postId, ImportedPost post) {
        imported.fire(new PostImported(postId, clean(post.sourceUrl(), false)));
        return null;
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
