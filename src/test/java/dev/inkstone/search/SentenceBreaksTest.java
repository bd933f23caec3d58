package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.SharedCorpus;

/** Sentence boundaries for snippets: where the JDK's sentence iterator draws them on our texts, read faster. */
@DatabaseIndependent
class SentenceBreaksTest {

    private static List<Integer> forward(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int at = breaks.first(); at != BreakIterator.DONE; at = breaks.next()) {
            found.add(at);
        }
        return found;
    }

    private static List<Integer> ours(String text) {
        return forward(new SentenceBreaks(), text);
    }

    @Test
    void chineseSentencesEndAfterTheirClosingQuotes() {
        String text = "他说：“算力够了。”然后走了！真的吗？是的。";
        assertEquals(List.of(0, text.indexOf("然后"), text.indexOf("真的"), text.indexOf("是的"), text.length()),
                ours(text));
        assertEquals(forward(BreakIterator.getSentenceInstance(Locale.ROOT), text), ours(text));
    }

    @Test
    void fullStopsInsideNumbersAndBeforeLowercaseGoOn() {
        String text = "Pi is 3.14 here, e.g. in math. See example.com for more. Next one?  Yes!(Quoted.) ## End";
        assertEquals(List.of(0, text.indexOf("See"), text.indexOf("Next"), text.indexOf("Yes"), text.indexOf("(Q"),
                text.length()), ours(text));
        assertEquals(forward(BreakIterator.getSentenceInstance(Locale.ROOT), text), ours(text));
    }

    @Test
    void aLineBreakIsASpaceAndAParagraphSeparatorABoundary() {
        String text = "第一行\n第二行。\nthird\u2029fourth";
        assertEquals(List.of(0, text.indexOf("third"), text.indexOf("fourth"), text.length()), ours(text));
    }

    @Test
    void followingAndPrecedingFindTheNeighbouringBoundaries() {
        String text = "第一句。第二句话。 Third one. Fourth";
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(text);
        int second = text.indexOf("第二");
        int third = text.indexOf("Third");
        assertEquals(second, breaks.following(0));
        // From inside the closing marks and spaces of a sentence, the next boundary is where they end.
        assertEquals(third, breaks.following(text.indexOf("。 ") + 1));
        assertEquals(third, breaks.following(second));
        assertEquals(second, breaks.preceding(third));
        assertEquals(0, breaks.preceding(second));
        assertEquals(third, breaks.preceding(third + 1));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(text.length(), breaks.following(text.indexOf("Fourth")));
        assertTrue(breaks.isBoundary(third));
        assertTrue(!breaks.isBoundary(third + 1));
        assertThrows(IllegalArgumentException.class, () -> breaks.following(text.length() + 1));
    }

    /** A long row of marks is read once per look, not once per mark (200,000 marks squared would not finish). */
    @Test
    void aLongRowOfDotsIsOneStretchOfText() {
        String dots = ".".repeat(200_000);
        String text = "开头。" + dots + "x" + dots + "!" + dots + "结尾";
        // 。 and ! take the marks after them; the dots before the ! end nothing (a letter follows, no space).
        int afterDots = 3 + dots.length();
        int afterBang = text.indexOf('!') + 1 + dots.length();
        assertEquals(List.of(0, afterDots, afterBang, text.length()), ours(text));
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(text);
        assertEquals(afterBang, breaks.preceding(text.length()));
        assertEquals(afterDots, breaks.preceding(afterBang));
        assertEquals(afterBang, breaks.following(text.indexOf('x')));
        String shorter = text.replace(dots, ".".repeat(500));
        assertEquals(forward(BreakIterator.getSentenceInstance(Locale.ROOT), shorter), ours(shorter));
    }

    @Test
    void theSameBoundariesAsTheJdkOnOurFixtures() throws IOException {
        assertAgreement(Path.of("src/test/resources/fixtures/markdown"), 1.0);
    }

    /** Over the whole corpus 22 of 34,131 differ (around line breaks in a README that bodies do not have). */
    @Test
    void nearlyTheSameBoundariesAsTheJdkOnTheCorpus() throws IOException {
        assertAgreement(SharedCorpus.require(), 0.999);
    }

    private static void assertAgreement(Path root, double floor) throws IOException {
        long same = 0;
        long all = 0;
        List<String> differing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                // The text a body is indexed and highlighted as: the rendered page's text, as SearchFields has it.
                String text = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).text();
                TreeSet<Integer> jdk = new TreeSet<>(forward(BreakIterator.getSentenceInstance(Locale.ROOT), text));
                TreeSet<Integer> ours = new TreeSet<>(ours(text));
                TreeSet<Integer> union = new TreeSet<>(jdk);
                union.addAll(ours);
                for (int at : union) {
                    all++;
                    if (jdk.contains(at) && ours.contains(at)) {
                        same++;
                    } else if (differing.size() < 5) {
                        differing.add(file.getFileName() + ": " + (jdk.contains(at) ? "JDK only" : "ours only") + " at "
                                + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)));
                    }
                }
            }
        }
        assertTrue(all > 0, "no texts under " + root);
        assertTrue(same >= floor * all, same + " of " + all + " boundaries agree; for example " + differing);
    }
}
