package dev.inkstone.importer.write;

import java.util.Locale;

/** What became of one line of an import's report; each has its counter on the job. */
public enum ImportOutcome {
    CREATED, UPDATED, UNCHANGED, SKIPPED, MISSING, FAILED;

    /** The name reports show and filter by (import_item.outcome). */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The job's field that counts this outcome. */
    public String counter() {
        return wire();
    }
}
