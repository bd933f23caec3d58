package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class LenientXmlReaderTest {

    private static final String EXPORT = "<rss><item><link>https://a.example/?p=1&amp;q=2&x=3</link>"
            + "<title>中文&nbsp;标题 &copy; &#160;&#x4e2d; R&D &</title>"
            + "<content:encoded><![CDATA[a & b &nbsp; <p>]]></content:encoded><!-- & &nbsp; --></item></rss>";
    private static final String REPAIRED = "<rss><item><link>https://a.example/?p=1&amp;q=2&amp;x=3</link>"
            + "<title>中文&#160;标题 &#169; &#160;&#x4e2d; R&amp;D &amp;</title>"
            + "<content:encoded><![CDATA[a & b &nbsp; <p>]]></content:encoded><!-- & &nbsp; --></item></rss>";

    @Test
    void bareAmpersandsAndHtmlEntitiesOutsideCdataAndCommentsAreRepaired() throws IOException {
        LenientXmlReader reader = new LenientXmlReader(new StringReader(EXPORT), 1_000);
        assertEquals(REPAIRED, drain(reader, 4096));
        assertEquals(5, reader.repairs(), "&x, &nbsp;, &copy;, &D and the last &");
    }

    @Test
    void theSameTextWhateverSizesTheReadsCome() throws IOException {
        // A source that hands out one character per read and a caller that asks for one at a time: every lookahead
        // (a CDATA start, an entity) spans reads of the source.
        assertEquals(REPAIRED, drain(new LenientXmlReader(new Trickle(EXPORT), 1_000), 1));
        assertEquals(REPAIRED, drain(new LenientXmlReader(new Trickle(EXPORT), 1_000), 3));
        String many = EXPORT.repeat(2_000); // past the reader's own buffer
        assertEquals(REPAIRED.repeat(2_000), drain(new LenientXmlReader(new StringReader(many), 1_000), 8192));
    }

    @Test
    void textBetweenTagsIsBoundedAndATagStartsTheCountAgain() throws IOException {
        String fits = "<a>" + "x".repeat(90) + "</a><b>" + "y".repeat(90) + "</b>";
        assertEquals(fits, drain(new LenientXmlReader(new StringReader(fits), 100), 4096));
        String tooLong = "<a><![CDATA[" + "x".repeat(200) + "]]></a>";
        ImportLimitException e = assertThrows(ImportLimitException.class,
                () -> drain(new LenientXmlReader(new StringReader(tooLong), 100), 4096));
        assertEquals(true, e.getMessage().contains("inkstone.import.max-text"), e.getMessage());
    }

    private static String drain(Reader reader, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) >= 0;) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    /** Hands out one character per read. */
    private static final class Trickle extends Reader {
        private final String text;
        private int at;

        Trickle(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == text.length()) {
                return -1;
            }
            buffer[offset] = text.charAt(at++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
