package dev.inkstone.importer.source;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Set;

import org.jsoup.nodes.Entities;

/**
 * Repairs the two mistakes real WordPress exports make outside CDATA sections: a bare {@code &} (an unescaped query
 * string, as in TryGhost's sample.xml) becomes {@code &amp;}, and an HTML entity XML does not define ({@code &nbsp;})
 * becomes a character reference. Everything else, CDATA and comments included, passes through unchanged.
 *
 * <p>It also bounds the text between two element tags (character data, CDATA sections, comments, an overlong tag):
 * the StAX parser coalesces an element's text into one string, so a 3 GB {@code <content:encoded>} inflated from a
 * small zip would fill the heap; past {@code maxText} characters the read fails with {@link ImportLimitException}.
 */
final class LenientXmlReader extends Reader {

    private static final int LOOKAHEAD = 32;
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private final PushbackReader in;
    private final StringBuilder pending = new StringBuilder();
    private int pendingAt;
    private boolean inCdata;
    private boolean inComment;
    /** The last three characters passed, to see "]]>" and "-->". */
    private final char[] recent = new char[3];
    private int repairs;
    private final long maxText;
    /** Characters since the last element tag began. */
    private long run;

    LenientXmlReader(Reader in, long maxText) {
        this.in = new PushbackReader(in, LOOKAHEAD);
        this.maxText = maxText;
    }

    /** How many bare ampersands and HTML entities were repaired. */
    int repairs() {
        return repairs;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int written = 0;
        while (written < length) {
            if (pendingAt < pending.length()) {
                buffer[offset + written++] = pending.charAt(pendingAt++);
                continue;
            }
            pending.setLength(0);
            pendingAt = 0;
            int c = in.read();
            if (c < 0) {
                break;
            }
            step((char) c);
        }
        return written == 0 ? -1 : written;
    }

    private void step(char c) throws IOException {
        remember(c);
        if (++run > maxText) {
            throw new ImportLimitException("an XML element holds more than " + maxText
                    + " characters of text, the limit of inkstone.import.max-text", true);
        }
        if (inCdata) {
            pending.append(c);
            inCdata = !(recent[0] == ']' && recent[1] == ']' && recent[2] == '>');
            return;
        }
        if (inComment) {
            pending.append(c);
            inComment = !(recent[0] == '-' && recent[1] == '-' && recent[2] == '>');
            return;
        }
        if (c == '<') {
            String ahead = peek(8);
            inCdata = ahead.startsWith("![CDATA[");
            inComment = ahead.startsWith("!--");
            if (!ahead.isEmpty() && (ahead.charAt(0) == '/' || Character.isLetter(ahead.charAt(0))
                    || ahead.charAt(0) == '_')) {
                run = 0;
            }
            pending.append(c);
            return;
        }
        if (c == '&') {
            pending.append(entity(peek(LOOKAHEAD - 1)));
            return;
        }
        pending.append(c);
    }

    /** What to write for an '&' followed by {@code ahead}; consumes the entity it replaces. */
    private String entity(String ahead) throws IOException {
        int semicolon = ahead.indexOf(';');
        String name = semicolon > 0 ? ahead.substring(0, semicolon) : "";
        if (name.matches("#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}") || XML_ENTITIES.contains(name)) {
            return "&";
        }
        if (name.matches("[A-Za-z][A-Za-z0-9]*") && Entities.isNamedEntity(name)) {
            in.skip(semicolon + 1);
            repairs++;
            StringBuilder refs = new StringBuilder();
            Entities.getByName(name).codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
            return refs.toString();
        }
        repairs++;
        return "&amp;";
    }

    private String peek(int count) throws IOException {
        char[] ahead = new char[count];
        int read = 0;
        while (read < count) {
            int n = in.read(ahead, read, count - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        if (read > 0) {
            in.unread(ahead, 0, read);
        }
        return new String(ahead, 0, read);
    }

    private void remember(char c) {
        recent[0] = recent[1];
        recent[1] = recent[2];
        recent[2] = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
