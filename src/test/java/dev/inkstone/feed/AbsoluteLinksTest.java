package dev.inkstone.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class AbsoluteLinksTest {

    private static final String PAGE = "https://blog.example.com/posts/%E8%A5%BF%E6%B9%96";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<img src=\"/media/ab/w640.jpg\" alt=\"西湖\">|<img src=\"https://blog.example.com/media/ab/w640.jpg\" alt=\"西湖\">",
        "<a href=\"/tags/ai\">AI</a>|<a href=\"https://blog.example.com/tags/ai\">AI</a>",
        "<a href=\"#背景\">背景</a>|<a href=\"https://blog.example.com/posts/%E8%A5%BF%E6%B9%96#背景\">背景</a>",
        "<a href=\"other\">x</a>|<a href=\"https://blog.example.com/posts/other\">x</a>",
        "<a href=\"https://example.org/a?b=1&amp;c=2\">x</a>|<a href=\"https://example.org/a?b=1&amp;c=2\">x</a>",
        "<a href=\"mailto:me@example.org\">me</a>|<a href=\"mailto:me@example.org\">me</a>",
        "<img srcset=\"/m/a.jpg 320w, /m/b.jpg 2x\">|<img srcset=\"https://blog.example.com/m/a.jpg 320w, https://blog.example.com/m/b.jpg 2x\">",
        "<p>无链接 &amp; 文本</p>|<p>无链接 &amp; 文本</p>",
    })
    void rootRelativeAndRelativeLinksBecomeAbsoluteUnderThePost(String html, String expected) {
        assertEquals(expected, AbsoluteLinks.resolve(html, PAGE));
    }
}
