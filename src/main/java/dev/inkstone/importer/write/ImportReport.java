package dev.inkstone.importer.write;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.inkstone.common.error.ApiException;

/** Writes a job's report: one import_item row per line, and the job's counter of the line's outcome. */
@ApplicationScoped
class ImportReport {

    /** Queued lines written per transaction by {@link #recordSoon}. */
    static final int DEFERRED_LINES = 100;

    private final ImportItemRepository items;
    private final JobCounters jobs;

    ImportReport(ImportItemRepository items, JobCounters jobs) {
        this.items = items;
        this.jobs = jobs;
    }

    /** Writes a line in its own transaction; {@code countsAsItem}: the line is an item of the file (processed). */
    void record(ImportRun run, ReportLine line, boolean countsAsItem) {
        inTransaction(() -> {
            write(run, line, countsAsItem);
            return null;
        });
    }

    /**
     * Queues the line of an item that has nothing else to commit (an attachment: its image, if it has one, is stored
     * already; an item skipped or unreadable), to be written with others in one transaction: by {@link #flush}, which the job calls before it writes
     * anything else and at its end, or once 100 are waiting. On a durable database each transaction is a write to
     * disk, and an export's attachments came one transaction each (1,000 of an unchanged re-run's 1,400). A crash
     * before the flush loses only those lines; the items stay imported and a re-run reports them.
     */
    void recordSoon(ImportRun run, ReportLine line, boolean countsAsItem) {
        run.deferredLines.add(new Deferred(line, countsAsItem));
        if (run.deferredLines.size() >= DEFERRED_LINES) {
            flush(run);
        }
    }

    /** Writes the queued lines in one transaction, the job's counters moved once per outcome. */
    void flush(ImportRun run) {
        if (run.deferredLines.isEmpty()) {
            return;
        }
        List<Deferred> lines = List.copyOf(run.deferredLines);
        run.deferredLines.clear();
        inTransaction(() -> {
            batched(run, () -> lines.forEach(deferred -> write(run, deferred.line(), deferred.countsAsItem())));
            return null;
        });
    }

    /** A queued line. */
    record Deferred(ReportLine line, boolean countsAsItem) {
    }

    /** Reports an item that failed unexpectedly (logged with its stack trace; the report points to the log). */
    void failed(ImportRun run, String type, String key, String title, RuntimeException e) {
        Log.warnf(e, "import job %d: item %s failed", run.jobId, key);
        record(run, ReportLine.without(type, key, title, ImportOutcome.FAILED, "unexpected error ("
                + e.getClass().getSimpleName() + "); see the server log"), true);
    }

    /**
     * Reports an item whose transaction was rolled back: one the API refused is skipped with the reason it gave (the
     * offending field named), anything else failed.
     */
    void notWritten(ImportRun run, String type, String key, String title, RuntimeException e) {
        run.rolledBack();
        if (e instanceof ApiException refused) {
            record(run, ReportLine.without(type, key, title, ImportOutcome.SKIPPED, ImportText.describe(refused)),
                    true);
        } else {
            failed(run, type, key, title, e);
        }
    }

    /** Writes a report line and counts it, inside the caller's transaction. */
    void write(ImportRun run, ReportLine line, boolean countsAsItem) {
        ImportItem item = new ImportItem();
        item.jobId = run.jobId;
        item.type = line.type();
        item.sourceKey = line.key();
        item.title = line.title() == null ? null : ImportText.cut(line.title(), 300);
        item.outcome = line.outcome().wire();
        item.reason = line.reason() == null || line.reason().isEmpty() ? null : ImportText.cut(line.reason(), 1000);
        item.resourceId = line.resourceId();
        item.slug = line.slug();
        items.persist(item);
        if (run.tally != null) {
            run.tally.add(line.outcome(), countsAsItem);
        } else {
            jobs.count(run.jobId, line.outcome(), countsAsItem);
        }
    }

    /**
     * Runs a batch's writes inside the caller's transaction, adding up the counters its lines move and updating the
     * job's row once per outcome at the end, instead of once per line.
     */
    void batched(ImportRun run, Runnable work) {
        Tally tally = new Tally();
        run.tally = tally;
        try {
            work.run();
        } finally {
            run.tally = null;
        }
        tally.lines.forEach((outcome, counts) -> jobs.add(run.jobId, outcome, counts[0], counts[1]));
    }

    /** Lines and items per outcome of a batch not yet added to the job's counters. */
    static final class Tally {
        private final Map<ImportOutcome, int[]> lines = new EnumMap<>(ImportOutcome.class);

        void add(ImportOutcome outcome, boolean countsAsItem) {
            int[] counts = lines.computeIfAbsent(outcome, o -> new int[2]);
            counts[0]++;
            counts[1] += countsAsItem ? 1 : 0;
        }
    }

    static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
