package dev.inkstone.importer.job;

/** Stops a job between two items: it was cancelled, or its zip went past the whole-zip limit. */
final class JobStop extends RuntimeException {

    final String status;

    JobStop(String status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
