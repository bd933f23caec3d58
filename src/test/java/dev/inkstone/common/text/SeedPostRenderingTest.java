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

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.Fixtures;

/** A clipped Chinese web page of our own (fixtures/clipped), rendered end to end. */
@DatabaseIndependent
class SeedPostRenderingTest {

    private static final Path SEED = Fixtures.CLIPPED;

    /** The rendered text's words: each Han character and each other run of letters or digits (alt texts are not text). */
    private static final int WORDS = 522;
    private static final int MINUTES = 2;

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
        Element background = html.selectFirst("h2:containsOwn(背景：清明前后的龙井村)");
        Element speakers = html.selectFirst("h3:containsOwn(采茶人说的话)");
        assertEquals("背景清明前后的龙井村", background.id());
        assertEquals("采茶人说的话", speakers.id());
        assertTrue(rendered.html().contains("<h2 id=\"背景清明前后的龙井村\">背景：清明前后的龙井村</h2>"));
        assertEquals(html.select("h1, h2, h3, h4, h5, h6").size(), html.select("[id]").eachAttr("id").stream()
                .distinct().count(), "every heading has its own id");
    }

    @Test
    void keepsTheImagesWithTheirHttpsSources() {
        var sources = html.select("img").eachAttr("src");
        assertTrue(sources.contains("https://images.inkstone.example/longjing-tea-picking-hangzhou/tea_1.jpeg"),
                sources.toString());
        assertEquals(6, sources.stream().filter(src -> src.startsWith("https://images.inkstone.example/")).count());
    }

    @Test
    void rendersListsAndLinks() {
        assertEquals(3, html.select("ol > li").size(), "the three steps of making tea");
        assertEquals(7, html.select("ul > li").size(), "navigation, the cost list and the previous/next links");
        assertEquals("西湖龙井的历史",
                html.selectFirst("a[href=https://notes.inkstone.example/2024/10/02/longjing-history/]").text());
    }

    @Test
    void rendersTheBoldSpeakerNames() {
        assertTrue(rendered.html().contains("<strong>林老师：</strong>"));
        assertTrue(rendered.html().contains("<strong>好茶三分靠天，七分靠手</strong>"));
    }

    @Test
    void containsNoScript() {
        HtmlSanitizerTest.assertSafe(rendered.html());
        assertFalse(rendered.html().contains("alert("), "the clipped page's script is dropped");
    }

    @Test
    void countsEveryHanCharacterAndEveryOtherWordOfTheText() {
        WordCount count = WordCount.of(rendered.plainText());
        assertEquals(independentWordCount(rendered.plainText()), count.words());
        assertEquals(WORDS, count.words());
        // The page is Chinese but for a few English words and numbers, so its minutes are about characters / 300.
        int minutes = count.readingMinutes();
        assertTrue(minutes >= count.words() / 300 && minutes <= count.words() / 250 + 1, "minutes " + minutes);
        assertEquals(MINUTES, minutes);
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
