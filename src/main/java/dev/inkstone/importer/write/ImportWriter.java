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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.Validator;

import io.quarkus.logging.Log;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.importer.PostImported;
import dev.inkstone.importer.PostsImported;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.importer.media.ImportMedia;
import dev.inkstone.importer.source.ImportFormat;
import dev.inkstone.post.PostInput;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;
import dev.inkstone.post.PostWriteActor;

/**
 * Writes a source's posts: each post (through PostService, so rendering, the change log and the caches stay right),
 * the tags, categories and authors it needs ({@link ImportTerms}, {@link ImportBylines}), its source key, and its
 * report line ({@link ImportReport}) commit together or not at all, in batches that fall back to one post per
 * transaction. A failing item is reported and the next one goes on. A post's images are resolved before its
 * transaction ({@link PostMedia}). Pages and authors are {@link ImportPageWriter}'s, tags and categories listed on
 * their own {@link ImportTermWriter}'s; attachments and the lines of what was skipped are written here.
 */
@ApplicationScoped
public class ImportWriter {

    static final int MAX_TAGS = 100;
    static final int MAX_CATEGORIES = 20;
    private static final int SLUG_ATTEMPTS = 10;

    private final PostService posts;
    private final ImportTerms terms;
    private final ImportSourceRepository sources;
    private final ImportReport report;
    private final Validator validator;
    private final InstantSource clock;
    /** Features above the importer learn of each written post (redirects record its old address). */
    private final Event<PostsImported> imported;

    private final ImportBylines bylines;
    private final EntityManager em;

    ImportWriter(PostService posts, ImportTerms terms, ImportSourceRepository sources, ImportReport report,
            Validator validator, InstantSource clock, Event<PostsImported> imported, ImportBylines bylines,
            EntityManager em) {
        this.em = em;
        this.bylines = bylines;
        this.imported = imported;
        this.clock = clock;
        this.posts = posts;
        this.terms = terms;
        this.sources = sources;
        this.report = report;
        this.validator = validator;
    }

    public void post(ImportRun run, ImportedPost post) {
        String key = key(post.sourceKey());
        if (!run.seenPosts.add(key)) {
            report.record(run, ReportLine.without("post", key, post.title(), SKIPPED,
                    "duplicate: an earlier item has the same key"), true);
            return;
        }
        PostMedia media = PostMedia.resolve(run, post, key);
        writeOne(run, new Pending(post, key, media, media.contentHash(post)));
    }

    /**
     * Writes a batch of posts that came one after another. One query finds which of them were imported before and
     * one the posts they became; the unchanged ones are reported in one transaction and the rest written in one
     * more, with every lookup, counter update and commit shared. When that transaction fails (a slug taken, an
     * invalid post, anything) it is rolled back whole and each of its posts is written alone as {@link #post} does,
     * so the failing one is reported and the others are kept. A dry run writes nothing, so it takes them one by one.
     */
    public void posts(ImportRun run, List<ImportedPost> batch) {
        if (batch.size() == 1 || run.dryRun) {
            batch.forEach(post -> post(run, post));
            return;
        }
        List<Pending> fresh = new ArrayList<>();
        for (ImportedPost post : batch) {
            String key = key(post.sourceKey());
            if (!run.seenPosts.add(key)) {
                report.record(run, ReportLine.without("post", key, post.title(), SKIPPED,
                        "duplicate: an earlier item has the same key"), true);
                continue;
            }
            PostMedia media = PostMedia.resolve(run, post, key);
            fresh.add(new Pending(post, key, media, media.contentHash(post)));
        }
        Map<String, Known> known = inTransaction(() -> known(run, fresh));
        List<Pending> unchanged = new ArrayList<>();
        List<Pending> changed = new ArrayList<>();
        for (Pending pending : fresh) {
            Known before = known.get(pending.key());
            (before != null && before.hash().equals(pending.hash()) ? unchanged : changed).add(pending);
        }
        if (!unchanged.isEmpty()) {
            inTransaction(() -> {
                List<PostImported> announced = new ArrayList<>();
                report.batched(run, () -> unchanged.forEach(pending -> {
                    Known before = known.get(pending.key());
                    announced.add(imported(before.postId(), pending.post()));
                    reportWithMedia(run, pending, new ReportLine("post", pending.key(), pending.post().title(),
                            UNCHANGED, ImportText.notes(pending.post().notes()), before.postId(), before.slug()));
                }));
                return announce(announced);
            });
        }
        if (changed.isEmpty()) {
            return;
        }
        boolean bySlug = run.kind.equals(ImportFormat.INKSTONE.kind());
        try {
            inTransaction(() -> PostWriteActor.as("import " + run.jobId, () -> {
                // Flushed at the commit, not before each query: an auto-flush check walks every entity the batch
                // holds (each post's tag, category, author and redirect lookups did, 2026-12-06 profile), and an
                // actual flush sent each post's inserts alone. No lookup of the batch needs its pending rows: terms
                // are flushed when created (tags and categories by their services, authors by ensureAuthor), post
                // slugs are known to PostSlugClaims, and a row the unique indexes refuse at the commit (two items of
                // one batch naming one old address) fails the batch, whose posts are then written one by one.
                em.setFlushMode(FlushModeType.COMMIT);
                Map<String, ImportSource> managed = sources.byKeys(run.kind,
                        changed.stream().map(Pending::key).toList());
                List<PostImported> announced = new ArrayList<>();
                report.batched(run, () -> changed.forEach(pending -> {
                    Known before = known.get(pending.key());
                    announced.add(writePost(run, pending, managed.get(pending.key()),
                            before == null ? null : before.postId(), baseSlug(pending.post()), bySlug));
                }));
                return announce(announced);
            }));
            run.committed();
        } catch (RuntimeException e) {
            run.rolledBack();
            Log.debugf("import job %d: a batch of %d posts failed (%s); writing them one by one", run.jobId,
                    changed.size(), e.getClass().getSimpleName());
            changed.forEach(pending -> writeOne(run, pending));
        }
    }

    /** A post read, its key, its images resolved and its fingerprint. */
    private record Pending(ImportedPost post, String key, PostMedia media, String hash) {
    }

    /** What an earlier import made of a key: the post (still there), its slug and the fingerprint it had. */
    private record Known(long postId, String slug, String hash) {
    }

    /** The batch's keys imported before whose post still exists: two queries whatever the batch's size. */
    private Map<String, Known> known(ImportRun run, List<Pending> batch) {
        Map<String, ImportSource> found = sources.byKeys(run.kind, batch.stream().map(Pending::key).toList());
        Map<Long, String> slugs = posts.slugs(found.values().stream().map(source -> source.resourceId).toList());
        Map<String, Known> known = new HashMap<>();
        found.forEach((key, source) -> {
            String slug = slugs.get(source.resourceId);
            if (slug != null) {
                known.put(key, new Known(source.resourceId, slug, source.contentHash));
            }
        });
        return known;
    }

    /** One post in transactions of its own: the path of a dry run, a lone post and a batch that failed. */
    private void writeOne(ImportRun run, Pending pending) {
        ImportedPost post = pending.post();
        String key = pending.key();
        PostMedia media = pending.media();
        String hash = pending.hash();
        Optional<ImportSource> known = inTransaction(() -> sources.find(run.kind, key).map(ImportWriter::detach));
        PostView existing = known.map(s -> existingPost(s.resourceId)).orElse(null);
        Long existingId = existing == null ? null : existing.id();
        String notes = ImportText.notes(post.notes());
        if (existing != null && known.get().contentHash.equals(hash)) {
            if (!run.dryRun) {
                // A post imported before redirects existed gets its old address recorded by the next import.
                inTransaction(() -> announce(List.of(imported(existingId, post))));
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
        String base = baseSlug(post);
        boolean bySlug = run.kind.equals(ImportFormat.INKSTONE.kind());
        for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
            String slug = attempt == 1 ? base : suffixed(base, attempt);
            try {
                // The post's history names the job as the writer.
                inTransaction(() -> PostWriteActor.as("import " + run.jobId, () -> {
                    return announce(List.of(writePost(run, pending, sources.find(run.kind, key).orElse(null),
                            existingId, slug, bySlug)));
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

    private static String baseSlug(ImportedPost post) {
        return post.slug() != null ? post.slug() : Slugs.slugifyOrFallback(post.title(), "post");
    }

    /**
     * Writes one post, its source key and its report lines in the caller's transaction; what it returns is for the
     * caller to {@link #announce} with the rest of the transaction's posts.
     */
    private PostImported writePost(ImportRun run, Pending pending, ImportSource found, Long existingId, String slug,
            boolean bySlug) {
        ImportedPost post = pending.post();
        PostMedia media = pending.media();
        String key = pending.key();
        String notes = ImportText.notes(post.notes());
        List<String> tagSlugs = new ArrayList<>();
        for (TermRef tag : post.tags()) {
            tagSlugs.add(terms.ensureTag(run, tag, null, null).slug());
        }
        List<String> categorySlugs = new ArrayList<>();
        for (List<TermRef> path : post.categories()) {
            if (!path.isEmpty()) {
                categorySlugs.add(terms.ensureCategory(run, path, null, null).slug());
            }
        }
        List<String> cut = new ArrayList<>();
        List<String> distinctTags = ImportInputs.firstDistinct(tagSlugs, MAX_TAGS, "tags", cut);
        List<String> distinctCategories = ImportInputs.firstDistinct(categorySlugs, MAX_CATEGORIES, "categories",
                cut);
        PostInput input = new PostInput(clean(post.title(), false), slug, post.status(), post.publishedAt(),
                clean(media.markdown(), true), clean(post.excerpt(), true), distinctTags,
                distinctCategories, clean(post.sourceUrl(), false), media.featuredId(),
                bylines.slugs(run, post.authors(), cut), null,
                ImportSeo.input(post.seo(), media.ogImageId(), cut), null, media.featuredUrl());
        ImportInputs.requireValid(validator, input);
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
        ImportSource source = found != null ? found : new ImportSource();
        source.kind = run.kind;
        source.key = key;
        source.resourceType = "post";
        source.resourceId = view.id();
        source.contentHash = pending.hash();
        source.updatedAt = Timestamps.normalize(clock.instant());
        if (source.id == null) {
            sources.persist(source);
        }
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
        return imported(view.id(), post);
    }

    /** The post a source key names, or null when it was deleted since (the item is then imported anew). */
    private PostView existingPost(long id) {
        try {
            return posts.get(id, true);
        } catch (ApiException e) {
            return null;
        }
    }

    /** A post's report line and its images' lines, inside the caller's transaction. */
    private void reportWithMedia(ImportRun run, Pending pending, ReportLine line) {
        report.write(run, line, true);
        pending.media().lines().forEach(each -> report.write(run, each, false));
    }

    private void recordWithMedia(ImportRun run, PostMedia media, ReportLine line) {
        inTransaction(() -> {
            report.write(run, line, true);
            media.lines().forEach(each -> report.write(run, each, false));
            return null;
        });
    }

    /** An image the source lists on its own (a WXR attachment, an image file in a zip, an export's image). */
    public void attachment(ImportRun run, String sourceKey, String title, String url, ImageMeta meta) {
        String reference = url == null ? sourceKey : url;
        ImportMedia.Resolved resolved = run.media.resolve(reference, null, meta);
        ImportOutcome outcome = !resolved.found() ? MISSING : resolved.created() ? CREATED : UNCHANGED;
        report.recordSoon(run, new ReportLine("attachment", key(sourceKey), url != null ? url : title, outcome,
                resolved.missingReason(), resolved.found() ? resolved.image().id() : null, null), true);
    }

    /** Writes the report lines attachments queued; the job calls it before it writes any other item, and at its end. */
    public void flushLines(ImportRun run) {
        report.flush(run);
    }

    /** An item not imported: like an attachment's, its line has nothing to commit with it and waits for others. */
    public void skip(ImportRun run, String type, String sourceKey, String title, String reason) {
        report.recordSoon(run, ReportLine.without(ImportText.cut(type, 16), key(sourceKey), title, SKIPPED, reason),
                true);
    }

    /**
     * A part of the source that could not be read (a broken page of a site's posts): a failed line that is not an
     * item of the total, since the items on it were never seen.
     */
    public void failed(ImportRun run, String type, String sourceKey, String title, String reason) {
        report.recordSoon(run, ReportLine.without(ImportText.cut(type, 16), key(sourceKey), title, ImportOutcome.FAILED,
                reason), false);
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

    private static PostImported imported(long postId, ImportedPost post) {
        return new PostImported(postId, clean(post.sourceUrl(), false));
    }

    /**
     * Tells the features above the importer (redirects) which post came from which address of the old site: once per
     * transaction, so they look up a batch's addresses together.
     */
    private Void announce(List<PostImported> posts) {
        imported.fire(new PostsImported(posts));
        return null;
    }
}
