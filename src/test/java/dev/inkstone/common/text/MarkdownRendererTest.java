package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class MarkdownRendererTest {

    private static String html(String markdown) {
        return MarkdownRenderer.render(markdown).html().strip();
    }

    private static List<String> headingIds(String markdown) {
        return Jsoup.parseBodyFragment(MarkdownRenderer.render(markdown).html())
                .select("h1, h2, h3, h4, h5, h6").eachAttr("id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ## 背景：AGI Next 闭门峰会      | 背景agi-next-闭门峰会
            ### 圆桌会议的四位嘉宾          | 圆桌会议的四位嘉宾
            ## 主题四：自主学习、Memory与下一个范式 | 主题四自主学习memory与下一个范式
            # Hello World                  | hello-world
            ## 日本語のテスト              | 日本語のテスト
            ## Ünïcödé Café                | ünïcödé-café
            ## `code` and [link](/x)       | code-and-link
            '## !!!'                       | section
            """)
    void givesHeadingsGitHubStyleIdsThatKeepChinese(String markdown, String id) {
        assertEquals(List.of(id), headingIds(markdown));
    }

    @Test
    void numbersDuplicateHeadingIdsAgainstEveryIdInTheDocument() {
        String markdown = "## a\n\n## a\n\n## a-1\n\n## 背景\n\n## 背景\n\n## !!!\n\n## ???\n";
        assertEquals(List.of("a", "a-1", "a-1-1", "背景", "背景-1", "section", "section-1"), headingIds(markdown));
    }

    @Test
    void givesRawHtmlHeadingsIdsToo() {
        String markdown = "## Intro\n\n<h2>Intro</h2>\n\n<h3 id=\"kept\">Kept</h3>\n\n<h3 id=\"kept\">Again</h3>\n";
        assertEquals(List.of("intro", "intro-1", "kept", "kept-1"), headingIds(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ~~gone~~ and **bold** and *em*       | <p><del>gone</del> and <strong>bold</strong> and <em>em</em></p>
            see https://a.example/x now          | <p>see <a href="https://a.example/x">https://a.example/x</a> now</p>
            see www.example.com now              | <p>see <a href="http://www.example.com">www.example.com</a> now</p>
            [about](/about) [top](#背景)         | <p><a href="/about">about</a> <a href="#背景">top</a></p>
            ![图](https://img.example/a.jpg "t") | <p><img src="https://img.example/a.jpg" alt="图" title="t"></p>
            """)
    void rendersGitHubFlavouredInlines(String markdown, String expected) {
        assertEquals(expected, html(markdown));
    }

    @Test
    void rendersTablesAndFencedCode() {
        String html = html("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```java\nint x = 1;\n```\n");
        assertTrue(html.contains("<th align=\"left\">a</th>"), html);
        assertTrue(html.contains("<td align=\"right\">2</td>"), html);
        assertTrue(html.contains("<pre><code class=\"language-java\">int x = 1;\n</code></pre>"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](java%0Ascript:alert(1))",
            "![x](javascript:alert(1))",
            "[x]: javascript:alert(1)\n\n[y][x]",
            "<img src=x onerror=alert(1)>",
            "Hi <a href=\"javascript:alert(1)\" onclick=\"x()\">there</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<scr<script>ipt>alert(1)</script>",
            "<div>\n<script>alert(1)</script>\n</div>",
            "```\n</code></pre><script>alert(1)</script>\n```",
    })
    void rendersHostileMarkdownSafely(String markdown) {
        String html = MarkdownRenderer.render(markdown).html();
        HtmlSanitizerTest.assertSafe(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
    }

    @Test
    void keepsAHostileAutolinkOnlyAsInertText() {
        // The visible text is what the author typed; what matters is that nothing links to it.
        assertEquals("<p>javascript:alert(1)</p>", html("<javascript:alert(1)>"));
    }

    @Test
    void derivesPlainTextFromTheSanitizedHtml() {
        MarkdownRenderer.Rendered rendered = MarkdownRenderer.render(
                "# Title\n\nOne  *two*\nthree.\n\n<script>hidden()</script>\n\n| a | b |\n|---|---|\n| c | d |\n");
        assertEquals("Title One two three. a b c d", rendered.plainText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '# Title\\n\\nFirst.\\n\\nSecond.'                           | First. Second.
            '![only](a.png)\\n\\n---\\n\\n    code\\n\\n<div>html</div>\\n\\nText.' | Text.
            '> quoted\\n\\nPlain.'                                       | Plain.
            '> quoted\\n\\n## Heading'                                   | quoted
            '- item\\n\\nAfter list.'                                    | After list.
            '# Only a heading'                                           | ''
            ''                                                           | ''
            'Line one\\nline   two'                                      | Line one line two
            """)
    void takesTheExcerptFromTopLevelParagraphs(String markdown, String excerpt) {
        assertEquals(excerpt, MarkdownRenderer.render(markdown.replace("\\n", "\n")).excerpt());
        assertEquals(excerpt, MarkdownRenderer.excerpt(markdown.replace("\\n", "\n")));
    }

    @Test
    void stopsAddingParagraphsOnceTheExcerptIsLongEnough() {
        String first = "a".repeat(60);
        String second = "b".repeat(70);
        String excerpt = MarkdownRenderer.render(first + "\n\n" + second + "\n\nthird").excerpt();
        assertEquals(first + " " + second, excerpt);
    }

    @Test
    void cutsALongExcerptAtASpaceAndAddsAnEllipsis() {
        String words = IntStream.range(0, 100).mapToObj(i -> "word" + i).reduce((a, b) -> a + " " + b).orElseThrow();
        String excerpt = MarkdownRenderer.render(words).excerpt();
        assertTrue(excerpt.endsWith("…"), excerpt);
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertTrue(kept.length() <= 300 && kept.length() > 260, excerpt);
        assertTrue(words.startsWith(kept + " "), "cut between words: " + excerpt);
    }

    @Test
    void cutsALongChineseExcerptAfterPunctuation() {
        String sentence = "这是一个很长的句子，用来测试摘要的截断规则。";
        String excerpt = MarkdownRenderer.render(sentence.repeat(30)).excerpt();
        assertTrue(excerpt.endsWith("。…") || excerpt.endsWith("，…"), excerpt);
        assertTrue(excerpt.codePointCount(0, excerpt.length()) <= 301, excerpt);
        assertTrue(excerpt.codePointCount(0, excerpt.length()) > 260, excerpt);
    }

    @Test
    void cutsAnExcerptWithoutBreaksAtExactlyThreeHundredCodePoints() {
        String excerpt = MarkdownRenderer.render("\uD840\uDC0B".repeat(400)).excerpt();
        assertEquals("\uD840\uDC0B".repeat(300) + "…", excerpt);
    }

    @Test
    void rendersNullAndEmptyToNothing() {
        assertEquals(new MarkdownRenderer.Rendered("", "", ""), MarkdownRenderer.render(null));
        assertEquals(new MarkdownRenderer.Rendered("", "", ""), MarkdownRenderer.render(""));
    }

    @Test
    void rendersTheSameFromManyThreads() throws Exception {
        String markdown = "## 标题\n\n段落 **粗体** https://a.example\n\n| a |\n|---|\n| b |\n";
        String expected = MarkdownRenderer.render(markdown).html();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<String> render = () -> MarkdownRenderer.render(markdown).html();
            List<Future<String>> results = pool.invokeAll(Collections.nCopies(200, render));
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsImagesWithTheirSourceAndAlt() {
        Element img = Jsoup.parseBodyFragment(html("![图一](https://img.example/1.jpeg)")).selectFirst("img");
        assertEquals("https://img.example/1.jpeg", img.attr("src"));
        assertEquals("图一", img.attr("alt"));
    }
}
