package dev.inkstone.importer.source;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * Repairs the two mistakes real WordPress exports make outside CDATA sections: a bare {@code &} (an unescaped query
 * string, as in TryGhost's sample.xml) becomes {@code &amp;}, and an HTML entity XML does not define ({@code &nbsp;})
 * becomes a character reference. Everything else, CDATA and comments included, passes through unchanged.
 *
 * <p>It also bounds the text between two element tags (character data, CDATA sections, comments, an overlong tag):
 * the StAX parser coalesces an element's text into one string, so a 3 GB {@code <content:encoded>} inflated from a
 * small zip would fill the heap; past {@code maxText} characters the read fails with {@link ImportLimitException}.
 *
 * <p>It works on its own buffer, one character at a time without a call per character: an export is read twice
 * (an index pass, then the items), and a {@code PushbackReader} (a lock per character) with a
 * {@code StringBuilder} in between was a quarter of an unchanged re-run's time (2026-12-07 profile).
 */
final class LenientXmlReader extends Reader {

    private static final int LOOKAHEAD = 32;
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}");
    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final Reader in;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int limit;
    private boolean eof;
    /** What an entity became, not yet handed out. */
    private String replacement;
    private int replacementAt;
    private boolean inCdata;
    private boolean inComment;
    /** The last three characters passed, to see "]]>" and "-->". */
    private char recent0;
    private char recent1;
    private char recent2;
    private int repairs;
    private final long maxText;
    /** Characters since the last element tag began. */
    private long run;

    LenientXmlReader(Reader in, long maxText) {
        this.in = in;
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
            if (replacement != null) {
                int n = Math.min(length - written, replacement.length() - replacementAt);
                replacement.getChars(replacementAt, replacementAt + n, buffer, offset + written);
                written += n;
                replacementAt += n;
                if (replacementAt == replacement.length()) {
                    replacement = null;
                }
                continue;
            }
            if (pos == limit && !fill(1)) {
                break;
            }
            char c = buf[pos++];
            recent0 = recent1;
            recent1 = recent2;
            recent2 = c;
            if (++run > maxText) {
                throw new ImportLimitException("an XML element holds more than " + maxText
                        + " characters of text, the limit of inkstone.import.max-text", true);
            }
            if (inCdata) {
                inCdata = !(recent0 == ']' && recent1 == ']' && c == '>');
            } else if (inComment) {
                inComment = !(recent0 == '-' && recent1 == '-' && c == '>');
            } else if (c == '<') {
                inCdata = ahead("![CDATA[");
                inComment = ahead("!--");
                if (pos < limit && (buf[pos] == '/' || Character.isLetter(buf[pos]) || buf[pos] == '_')) {
                    run = 0;
                }
            } else if (c == '&') {
                replacement = entity();
                replacementAt = 0;
                continue;
            }
            buffer[offset + written++] = c;
        }
        return written == 0 ? -1 : written;
    }

    /** Whether the characters after the one just read are {@code text}. */
    private boolean ahead(String text) throws IOException {
        fill(text.length());
        if (limit - pos < text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (buf[pos + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** What to write for the '&' just read; consumes the entity it replaces. */
    private String entity() throws IOException {
        fill(LOOKAHEAD - 1);
        String ahead = new String(buf, pos, Math.min(LOOKAHEAD - 1, limit - pos));
        int semicolon = ahead.indexOf(';');
        String name = semicolon > 0 ? ahead.substring(0, semicolon) : "";
        if (CHARACTER_REFERENCE.matcher(name).matches() || XML_ENTITIES.contains(name)) {
            return "&";
        }
        if (ENTITY_NAME.matcher(name).matches() && Entities.isNamedEntity(name)) {
            pos += semicolon + 1;
            repairs++;
            StringBuilder refs = new StringBuilder();
            Entities.getByName(name).codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
            return refs.toString();
        }
        repairs++;
        return "&amp;";
    }

    /** Makes at least {@code count} characters readable unless the input ends first; false when none are. */
    private boolean fill(int count) throws IOException {
        if (limit - pos >= count || eof) {
            return pos < limit;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < count) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
        }
        return pos < limit;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
