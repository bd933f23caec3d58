package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class HtmlSanitizerTest {

    private static final Pattern URL_WITH_BAD_SCHEME =
            Pattern.compile("^(?!https?:|mailto:)[a-z][a-z0-9+.-]*:");

    /** What "safe" means for any output: no script element, no handler, no URL that runs or embeds code. */
    static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("<iframe"), html);
        assertFalse(lower.contains("<svg"), html);
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), "event handler in " + html);
                assertFalse(key.equals("style"), "style in " + html);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20\\x7F]+", "").toLowerCase(Locale.ROOT);
                assertFalse(URL_WITH_BAD_SCHEME.matcher(value).find() && (key.equals("href") || key.equals("src")),
                        "unsafe URL in " + html);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"java&#10;script:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\" \u0001javascript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<img src=\"javascript:alert(1)\">",
            "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
            "<svg onload=alert(1)><circle r=1 /></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=a><button>go</button></form>",
            "<scr<script>ipt>alert(1)</script>",
            "<script>alert(1)",
            "<div><p><b onmouseover=alert(1)>unclosed",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<details open ontoggle=alert(1)><summary>s</summary></details>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
            "<base href=\"javascript:/\"><a href=\"x\">x</a>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    })
    void neutralisesHostileHtml(String hostile) {
        String html = HtmlSanitizer.sanitize(hostile);
        assertSafe(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <a href="/about">x</a>                  | <a href="/about">x</a>
            <a href="../x">x</a>                    | <a href="../x">x</a>
            <a href="#背景">x</a>                   | <a href="#背景">x</a>
            <a href="?page=2">x</a>                 | <a href="?page=2">x</a>
            <a href="https://a.example/p" title="t">x</a> | <a href="https://a.example/p" title="t">x</a>
            <a href="mailto:me@a.example">x</a>     | <a href="mailto:me@a.example">x</a>
            <a href="javascript:alert(1)">x</a>     | x
            <img src="images/a.png" alt="a">        | <img src="images/a.png" alt="a">
            <img src="/a.png" width="10" height="5" style="x" onload="x()"> | <img src="/a.png" width="10" height="5">
            <img src="data:image/png;base64,AAAA">  | ''
            <img src="mailto:me@a.example">         | ''
            """)
    void keepsRelativeAndWebUrlsButNothingElse(String input, String expected) {
        assertEquals(expected, HtmlSanitizer.sanitize(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <code class="language-java">x</code>               | <code class="language-java">x</code>
            <code class="language-c++ hljs">x</code>           | <code class="language-c++">x</code>
            <code class="language-c# extra language-x">x</code> | <code class="language-c# language-x">x</code>
            <code class="hljs">x</code>                        | <code>x</code>
            <code class="language-&quot;x">x</code>            | <code>x</code>
            <pre class="language-java"><code>x</code></pre>     | <pre><code>x</code></pre>
            <p class="lead" id="p1">x</p>                      | <p>x</p>
            """)
    void keepsOnlyLanguageClassesOnCode(String input, String expected) {
        assertEquals(expected, HtmlSanitizer.sanitize(input));
    }

    @Test
    void keepsTheDocumentStructureCompact() {
        String html = "<h2 id=\"背景\">背景</h2><ol start=\"3\"><li><em>a</em> <strong>b</strong></li></ol>"
                + "<blockquote><p><del>c</del> <s>d</s> x<sup>2</sup> H<sub>2</sub>O</p></blockquote><hr>"
                + "<table><thead><tr><th align=\"left\">h</th></tr></thead><tbody><tr><td align=\"right\">v</td>"
                + "</tr></tbody></table><details><summary>s</summary><p>hidden<br>text</p></details>";
        assertEquals(html, HtmlSanitizer.sanitize(html));
    }

    @Test
    void dropsDangerousElementsTogetherWithTheirText() {
        String html = HtmlSanitizer.sanitize("<p>before</p><form>Pay here<input></form><svg><text>drawn</text></svg>"
                + "<style>p{}</style><p>after</p>");
        assertEquals("<p>before</p><p>after</p>", html);
    }

    @Test
    void unwrapsUnknownButHarmlessTagsKeepingTheirText() {
        String html = "<div class=\"x\"><p>keep <font><span style=\"a\">this</span></font></p></div>";
        assertEquals("<p>keep <span>this</span></p>", HtmlSanitizer.sanitize(html));
    }

    @Test
    void sanitizesNullToEmpty() {
        assertEquals("", HtmlSanitizer.sanitize(null));
        assertTrue(HtmlSanitizer.sanitize("   ").isBlank());
    }
}
