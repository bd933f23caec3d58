package dev.inkstone.importer.source;

import java.io.IOException;

/**
 * An input past one of the import's bounds, found while reading it: the message names the limit and its setting. An
 * {@link IOException}, so it leaves the readers and parsers by the same paths as a read error and is told apart where
 * it is reported.
 */
public final class ImportLimitException extends IOException {

    private final boolean wholeImport;

    /** {@code wholeImport}: the bound holds for the whole import (a zip's total), so the job stops, not one item. */
    ImportLimitException(String message, boolean wholeImport) {
        super(message);
        this.wholeImport = wholeImport;
    }

    boolean wholeImport() {
        return wholeImport;
    }

    /** The limit behind an exception a parser wrapped, or null. */
    static ImportLimitException in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ImportLimitException limit) {
                return limit;
            }
            if (t instanceof javax.xml.stream.XMLStreamException xml && xml.getNestedException() != null
                    && xml.getNestedException() != t.getCause()) {
                ImportLimitException nested = in(xml.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
