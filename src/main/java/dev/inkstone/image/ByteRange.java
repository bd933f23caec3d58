package dev.inkstone.image;

/**
 * One range of an RFC 9110 §14.1.2 Range header over a representation of {@code length} bytes. Only single
 * ranges are served as 206; a list of ranges gets the whole representation (200), which the RFC allows.
 */
record ByteRange(long first, long last) {

    /** The header's parse: null when absent, unparsable or multiple (serve 200), UNSATISFIABLE for 416. */
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    static ByteRange parse(String header, long length) {
        if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6) || header.indexOf(',') >= 0) {
            return null;
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty()) {
                // A suffix: the last n bytes.
                long suffix = Long.parseLong(to);
                if (suffix <= 0 || length == 0) {
                    return UNSATISFIABLE;
                }
                return new ByteRange(Math.max(0, length - suffix), length - 1);
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? length - 1 : Long.parseLong(to);
            if (first >= length) {
                return UNSATISFIABLE;
            }
            if (last < first) {
                return null;
            }
            return new ByteRange(first, Math.min(last, length - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    long size() {
        return last - first + 1;
    }
}
