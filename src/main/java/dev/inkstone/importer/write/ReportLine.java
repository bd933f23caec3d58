package dev.inkstone.importer.write;

/** One line of an import's report, as {@link ImportReport} writes it; resourceId and slug name what was written. */
record ReportLine(String type, String key, String title, ImportOutcome outcome, String reason, Long resourceId,
        String slug) {

    /** A line about an item that was not written (skipped, failed, missing). */
    static ReportLine without(String type, String key, String title, ImportOutcome outcome, String reason) {
        return new ReportLine(type, key, title, outcome, reason, null, null);
    }
}
