package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clipped blog post the project grew from, rendered end to end. */
class SeedPostRenderingTest {

    private static final Path SEED = Path.of("../shared/seeds/000_b3b5638aa48647d5.txt");

    private static MarkdownRenderer.Rendered rendered;
    private static Document html;

    @BeforeAll
    static void renderSeed() throws IOException {
        String text = Files.readString(SEED);
        assertTrue(text.startsWith("---\n"), "seed starts with front matter");
        String body = text.substring(text.indexOf("\n---\n", 4) + "\n---\n".length());
        assertFalse(body.startsWith("title:"), "front matter stripped");
        rendered = MarkdownRenderer.render(body);
        html = Jsoup.parseBodyFragment(rendered.html());
    }

    @Test
    void rendersTheChineseHeadingsWithIds() {
        Element background = html.selectFirst("h2:containsOwn(背景：AGI Next 闭门峰会)");
        Element guests = html.selectFirst("h3:containsOwn(圆桌会议的四位嘉宾)");
        assertEquals("背景agi-next-闭门峰会", background.id());
        assertEquals("圆桌会议的四位嘉宾", guests.id());
        assertTrue(rendered.html().contains("<h2 id=\"背景agi-next-闭门峰会\">背景：AGI Next 闭门峰会</h2>"));
        assertEquals(html.select("h1, h2, h3, h4, h5, h6").size(), html.select("[id]").eachAttr("id").stream()
                .distinct().count(), "every heading has its own id");
    }

    @Test
    void keepsTheImagesWithTheirHttpsSources() {
        var sources = html.select("img").eachAttr("src");
        assertTrue(sources.contains("https://pictures.lukefan.com/china-ai-innovation-challenges-us-competition-future/"
                + "blog_1.jpeg"), sources.toString());
        assertTrue(sources.stream().filter(src -> src.startsWith("https://pictures.lukefan.com/")).count() >= 6);
    }

    @Test
    void rendersTheBoldSpeakerNames() {
        assertTrue(rendered.html().contains("<strong>唐杰：</strong>"));
    }

    @Test
    void containsNoScript() {
        HtmlSanitizerTest.assertSafe(rendered.html());
    }

    @Test
    void countsEveryHanCharacterAndEveryOtherWordOfTheText() {
        WordCount count = WordCount.of(rendered.plainText());
        assertEquals(independentWordCount(rendered.plainText()), count.words());
        assertEquals(4363, count.words());
        // The seed is Chinese but for some Latin names and numbers, so its minutes are about characters / 300.
        int minutes = count.readingMinutes();
        assertTrue(minutes >= count.words() / 300 && minutes <= count.words() / 250 + 1, "minutes " + minutes);
        assertEquals(15, minutes);
    }

    /** Counted another way: blank out each Han character, then split what is left on anything but letters. */
    private static int independentWordCount(String text) {
        Matcher han = Pattern.compile("\\p{IsHan}").matcher(text);
        int hanCharacters = 0;
        while (han.find()) {
            hanCharacters++;
        }
        String withoutHan = text.replaceAll("\\p{IsHan}", " ")
                .replaceAll("(?<=[\\p{L}\\p{N}])['’](?=[\\p{L}\\p{N}])", "");
        int otherWords = 0;
        for (String token : withoutHan.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!token.isEmpty()) {
                otherWords++;
            }
        }
        return hanCharacters + otherWords;
    }
}
