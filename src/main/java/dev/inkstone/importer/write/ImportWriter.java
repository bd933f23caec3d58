package dev.inkstone.importer.write;

import static dev.inkstone.importer.write.ImportOutcome.CREATED;
import static dev.inkstone.importer.write.ImportOutcome.MISSING;
import static dev.inkstone.importer.write.ImportOutcome.SKIPPED;
import static dev.inkstone.importer.write.ImportOutcome.UNCHANGED;
import static dev.inkstone.importer.write.ImportOutcome.UPDATED;
import static dev.inkstone.importer.write.ImportReport.inTransaction;
import static dev.inkstone.importer.write.ImportText.clean;
import static dev.inkstone.importer.write.ImportText.describe;
import static dev.inkstone.importer.write.ImportText.key;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.logging.Log;

import dev.inkstone.author.AuthorService;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.importer.PostImported;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.importer.media.ImportMedia;
import dev.inkstone.importer.source.ImportFormat;
import dev.inkstone.importer.write.ImportTerms.Ensured;
import dev.inkstone.post.PostInput;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;
import dev.inkstone.post.PostWriteActor;

/**
 * Writes what readers find, each item in its own transaction: the post (through PostService, so rendering, the change
 * log and the caches stay right), the tags and categories it needs ({@link ImportTerms}), its source key, and its
 * report line ({@link ImportReport}) commit together or not at all. A failing item is reported and the next one goes
 * on. A post's images are resolved before its transaction ({@link PostMedia}).
 */
@ApplicationScoped
public class ImportWriter {

    static final int MAX_TAGS = 100;
    static final int MAX_CATEGORIES = 20;
    static final int MAX_AUTHORS = 20;
    private static final int SLUG_ATTEMPTS = 10;

    private final PostService posts;
    private final ImportTerms terms;
    private final ImportSourceRepository sources;
    private final ImportReport report;
    private final Validator validator;
    private final InstantSource clock;
    /** Features above the importer learn of each written post (redirects record its old address). */
    private final Event<PostImported> imported;

    private final AuthorService authors;

    ImportWriter(PostService posts, ImportTerms terms, ImportSourceRepository sources, ImportReport report,
            Validator validator, InstantSource clock, Event<PostImported> imported, AuthorService authors) {
        this.authors = authors;
        this.imported = imported;
        this.clock = clock;
        this.posts = posts;
        this.terms = terms;
        this.sources = sources;
        this.report = report;
        this.validator = validator;
    }

    // ---- posts ----

    public void post(ImportRun run, ImportedPost post) {
        String key = key(post.sourceKey());
        if (!run.seenPosts.add(key)) {
            report.record(run, ReportLine.without("post", key, post.title(), SKIPPED,
                    "duplicate: an earlier item has the same key"), true);
            return;
        }
        PostMedia media = PostMedia.resolve(run, post, key);
        String hash = media.contentHash(post);
        Optional<ImportSource> known = inTransaction(() -> sources.find(run.kind, key).map(ImportWriter::detach));
        PostView existing = known.map(s -> existingPost(s.resourceId)).orElse(null);
        Long existingId = existing == null ? null : existing.id();
        String notes = ImportText.notes(post.notes());
        if (existing != null && known.get().contentHash.equals(hash)) {
            if (!run.dryRun) {
                // A post imported before redirects existed gets its old address recorded by the next import.
                inTransaction(() -> announce(existingId, post));
            }
            recordWithMedia(run, media, new ReportLine("post", key, post.title(), UNCHANGED, notes, existingId,
                    existing.slug()));
            return;
        }
        if (run.dryRun) {
            recordWithMedia(run, media, new ReportLine("post", key, post.title(), existingId == null ? CREATED
                    : UPDATED, notes, existingId, post.slug()));
            return;
        }
        String base = post.slug() != null ? post.slug() : Slugs.slugifyOrFallback(post.title(), "post");
        boolean bySlug = run.kind.equals(ImportFormat.INKSTONE.kind());
        for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
            String slug = attempt == 1 ? base : suffixed(base, attempt);
            try {
                // The post's history names the job as the writer.
                inTransaction(() -> PostWriteActor.as("import " + run.jobId, () -> {
                    writePost(run, post, media, key, hash, existingId, slug, bySlug, notes);
                    return null;
                }));
                run.committed();
                return;
            } catch (ApiException e) {
                run.rolledBack();
                if (!bySlug && e.type().equals("duplicate-slug")) {
                    continue;
                }
                recordWithMedia(run, media, new ReportLine("post", key, post.title(), SKIPPED, describe(e), null,
                        slug));
                return;
            } catch (RuntimeException e) {
                run.rolledBack();
                report.failed(run, "post", key, post.title(), e);
                return;
            }
        }
        recordWithMedia(run, media, new ReportLine("post", key, post.title(), SKIPPED, "slug '" + base + "' and "
                + (SLUG_ATTEMPTS - 1) + " numbered variants are taken", null, base));
    }

    private void writePost(ImportRun run, ImportedPost post, PostMedia media, String key, String hash, Long existingId,
            String slug, boolean bySlug, String notes) {
        List<String> tagSlugs = new ArrayList<>();
        for (TermRef tag : post.tags()) {
            tagSlugs.add(terms.ensureTag(run, tag, null).slug());
        }
        List<String> categorySlugs = new ArrayList<>();
        for (List<TermRef> path : post.categories()) {
            if (!path.isEmpty()) {
                categorySlugs.add(terms.ensureCategory(run, path, null).slug());
            }
        }
        List<String> authorSlugs = new ArrayList<>();
        for (TermRef author : post.authors()) {
            authorSlugs.add(authors.ensure(clean(author.name(), false), author.slug()).slug());
        }
        List<String> cut = new ArrayList<>();
        List<String> distinctTags = limit(new ArrayList<>(new LinkedHashSet<>(tagSlugs)), MAX_TAGS, "tags", cut);
        List<String> distinctCategories = limit(new ArrayList<>(new LinkedHashSet<>(categorySlugs)), MAX_CATEGORIES,
                "categories", cut);
        PostInput input = new PostInput(clean(post.title(), false), slug, post.status(), post.publishedAt(),
                clean(media.markdown(), true), clean(post.excerpt(), true), distinctTags,
                distinctCategories, clean(post.sourceUrl(), false), media.featuredId(),
                limit(new ArrayList<>(new LinkedHashSet<>(authorSlugs)), MAX_AUTHORS, "authors", cut));
        validate(input);
        PostView view;
        ImportOutcome outcome;
        if (bySlug) {
            Instant before = Timestamps.normalize(clock.instant());
            PostService.Upserted upserted = posts.upsertBySlug(slug, input, Precondition.NONE);
            view = upserted.post();
            // The upsert leaves a post it would not change untouched, updatedAt included.
            outcome = upserted.created() ? CREATED : view.updatedAt().isBefore(before) ? UNCHANGED : UPDATED;
        } else if (existingId != null) {
            view = posts.replace(existingId, input, Precondition.NONE);
            outcome = UPDATED;
        } else {
            view = posts.create(input);
            outcome = CREATED;
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
        ReportLine line = new ReportLine("post", key, post.title(), outcome, String.join("; ", allNotes), view.id(),
                view.slug());
        report.write(run, line, true);
        media.lines().forEach(each -> report.write(run, each, false));
    }

    /** The post a source key names, or null when it was deleted since (the item is then imported anew). */
    private PostView existingPost(long id) {
        try {
            return posts.get(id, true);
        } catch (ApiException e) {
            return null;
        }
    }

    private void recordWithMedia(ImportRun run, PostMedia media, ReportLine line) {
        inTransaction(() -> {
            report.write(run, line, true);
            media.lines().forEach(each -> report.write(run, each, false));
            return null;
        });
    }

    // ---- terms ----

    public void category(ImportRun run, String sourceKey, List<TermRef> path, String description) {
        String key = key(sourceKey);
        String title = path.isEmpty() ? sourceKey : path.get(path.size() - 1).name();
        try {
            Ensured ensured = inTransaction(() -> {
                Ensured leaf = terms.ensureCategory(run, path, description);
                report.write(run, termLine("category", key, title, leaf), true);
                return leaf;
            });
            Log.debugf("import job %d: category %s", run.jobId, ensured.slug());
            run.committed();
        } catch (RuntimeException e) {
            run.rolledBack();
            if (e instanceof ApiException api) {
                report.record(run, ReportLine.without("category", key, title, SKIPPED, describe(api)), true);
            } else {
                report.failed(run, "category", key, title, e);
            }
        }
    }

    public void tag(ImportRun run, String sourceKey, TermRef tag, String description) {
        String key = key(sourceKey);
        try {
            inTransaction(() -> {
                Ensured ensured = terms.ensureTag(run, tag, description);
                report.write(run, termLine("tag", key, tag.name(), ensured), true);
                return null;
            });
            run.committed();
        } catch (RuntimeException e) {
            run.rolledBack();
            if (e instanceof ApiException api) {
                report.record(run, ReportLine.without("tag", key, tag.name(), SKIPPED, describe(api)), true);
            } else {
                report.failed(run, "tag", key, tag.name(), e);
            }
        }
    }

    // ---- everything else ----

    /** An image the source lists on its own (a WXR attachment, an image file in a zip, an export's image). */
    public void attachment(ImportRun run, String sourceKey, String title, String url, ImageMeta meta) {
        String reference = url == null ? sourceKey : url;
        ImportMedia.Resolved resolved = run.media.resolve(reference, null, meta);
        ImportOutcome outcome = !resolved.found() ? MISSING : resolved.created() ? CREATED : UNCHANGED;
        report.record(run, new ReportLine("attachment", key(sourceKey), url != null ? url : title, outcome,
                resolved.missingReason(), resolved.found() ? resolved.image().id() : null, null), true);
    }

    public void skip(ImportRun run, String type, String sourceKey, String title, String reason) {
        report.record(run, ReportLine.without(ImportText.cut(type, 16), key(sourceKey), title, SKIPPED, reason),
                true);
    }

    // ---- helpers ----

    private static ReportLine termLine(String type, String key, String title, Ensured term) {
        return new ReportLine(type, key, title, term.created() ? CREATED : UNCHANGED, null, term.id(), term.slug());
    }

    private void validate(PostInput input) {
        Set<ConstraintViolation<PostInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<PostInput> first = violations.iterator().next();
            throw ApiException.invalid(first.getPropertyPath().toString(), first.getMessage());
        }
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

    private static ImportSource detach(ImportSource source) {
        ImportSource copy = new ImportSource();
        copy.resourceId = source.resourceId;
        copy.contentHash = source.contentHash;
        return copy;
    }

    /** Tells the features above the importer (redirects) which post came from which address of the old site. */
    private Void announce(long postId, ImportedPost post) {
        imported.fire(new PostImported(postId, clean(post.sourceUrl(), false)));
        return null;
    }
}
