package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.Fixtures;
import dev.inkstone.common.SharedCorpus;

/**
 * Every markdown post of our fixtures, and of the large shared corpus when it is beside the checkout, renders safely,
 * with heading ids and a word count.
 */
@DatabaseIndependent
class CorpusRenderingTest {

    private static final Path CHINESE = SharedCorpus.ROOT.resolve("markdown-zh");
    private static final Path ENGLISH = SharedCorpus.ROOT.resolve("markdown-en");

    static Stream<Path> posts() throws IOException {
        Stream<Path> fixtures = MarkdownFiles.under(Fixtures.path("markdown")).stream();
        if (!Files.isDirectory(SharedCorpus.ROOT)) {
            return fixtures;
        }
        return Stream.concat(fixtures,
                Stream.concat(MarkdownFiles.under(CHINESE).stream(), MarkdownFiles.under(ENGLISH).stream()));
    }

    @ParameterizedTest
    @MethodSource("posts")
    void rendersThePostSafely(Path post) throws IOException {
        String body = MarkdownFiles.body(Files.readString(post));
        MarkdownRenderer.Rendered rendered = assertDoesNotThrow(() -> MarkdownRenderer.render(body));
        String html = rendered.html();
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), post.toString());
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), post.toString());
        HtmlSanitizerTest.assertSafe(html);
        List<Element> headings = Jsoup.parseBodyFragment(html).select("h1, h2, h3, h4, h5, h6");
        for (Element heading : headings) {
            assertFalse(heading.id().isBlank(), post + ": " + heading);
        }
        assertEquals(headings.size(), headings.stream().map(Element::id).distinct().count(), post + ": unique ids");
        // The teaser alone (a write that keeps the body) is the one the whole rendering makes.
        assertEquals(rendered.excerpt(), MarkdownRenderer.excerpt(body), post.toString());
        if (!body.isBlank()) {
            assertTrue(WordCount.of(rendered.plainText()).words() > 0, post.toString());
        }
    }

    @Test
    void findsBothCorpusFolders() throws IOException {
        SharedCorpus.require();
        assertEquals(4, MarkdownFiles.under(Fixtures.path("markdown")).size());
        assertTrue(MarkdownFiles.under(CHINESE).size() > 100);
        assertTrue(MarkdownFiles.under(ENGLISH).size() > 50);
    }

    @Test
    void countsChineseByCharacterNotByWhitespace() throws IOException {
        long words = 0;
        long whitespaceTokens = 0;
        List<Path> chinese = new java.util.ArrayList<>(MarkdownFiles.under(Fixtures.path("markdown/zh")));
        if (Files.isDirectory(SharedCorpus.ROOT)) {
            chinese.addAll(MarkdownFiles.under(CHINESE));
        }
        for (Path post : chinese) {
            String text = MarkdownRenderer.render(MarkdownFiles.body(Files.readString(post))).plainText();
            words += WordCount.of(text).words();
            whitespaceTokens += text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }
        assertTrue(words > 3 * whitespaceTokens, words + " words vs " + whitespaceTokens + " whitespace tokens");
    }
}
