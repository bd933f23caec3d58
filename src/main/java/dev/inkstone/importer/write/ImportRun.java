package dev.inkstone.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.inkstone.importer.media.ImportMedia;

/**
 * One job's state while it is written: tag, category and author slugs known to exist (filled only after commits: what a
 * rolled-back item created is gone again), and the post keys seen so far.
 */
public final class ImportRun {

    /** A category known to exist, with its parent (a path is matched node by node). */
    record CategoryRef(long id, Long parentId) {
    }

    public final long jobId;
    final String kind;
    final boolean dryRun;
    /** The job's image resolver over the files that came with the import. */
    final ImportMedia.Job media;
    final Map<String, Long> knownTags = new HashMap<>();
    final Map<String, CategoryRef> knownCategories = new HashMap<>();
    final Map<String, Long> pendingTags = new HashMap<>();
    final Map<String, CategoryRef> pendingCategories = new HashMap<>();
    /** The slug of the author a (name, slug) pair of the source became, as for tags: one lookup per job. */
    final Map<String, String> knownAuthors = new HashMap<>();
    final Map<String, String> pendingAuthors = new HashMap<>();
    /** Post keys this run has seen: a source listing one item twice (WordPress exports do) writes it once. */
    final Set<String> seenPosts = new HashSet<>();
    /** Counters of the batch being written, added to the job when it commits (null outside a batch). */
    ImportReport.Tally tally;
    /** Report lines of finished items waiting to be written together ({@link ImportReport#recordSoon}). */
    final List<ImportReport.Deferred> deferredLines = new ArrayList<>();

    public ImportRun(long jobId, String kind, boolean dryRun, ImportMedia.Job media) {
        this.jobId = jobId;
        this.kind = kind;
        this.dryRun = dryRun;
        this.media = media;
    }

    void committed() {
        knownTags.putAll(pendingTags);
        knownCategories.putAll(pendingCategories);
        knownAuthors.putAll(pendingAuthors);
        pendingTags.clear();
        pendingCategories.clear();
        pendingAuthors.clear();
    }

    void rolledBack() {
        pendingTags.clear();
        pendingCategories.clear();
        pendingAuthors.clear();
    }
}
