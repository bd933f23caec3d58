package dev.inkstone.importer.source;

/** A file that cannot be imported at all (broken XML, an unreadable zip); the message says where and why. */
public final class BadImportFile extends Exception {

    public BadImportFile(String message) {
        super(message);
    }
}
