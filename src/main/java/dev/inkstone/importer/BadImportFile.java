package dev.inkstone.importer;

/** A file that cannot be imported at all (broken XML, an unreadable zip); the message says where and why. */
final class BadImportFile extends Exception {

    BadImportFile(String message) {
        super(message);
    }
}
