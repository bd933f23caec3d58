package dev.inkstone.importer.write;

/**
 * The job's counters the report adds to, one per outcome; the job package implements it on its repository, so the
 * writer does not depend on the job that runs it.
 */
public interface JobCounters {

    /** Adds one to a job's counter of {@code outcome}, and to processed when the line is an item of the file. */
    void count(long id, ImportOutcome outcome, boolean countsAsItem);

    /** Adds {@code lines} to a job's counter of {@code outcome} and {@code items} to processed (a batch's lines). */
    void add(long id, ImportOutcome outcome, int lines, int items);
}
