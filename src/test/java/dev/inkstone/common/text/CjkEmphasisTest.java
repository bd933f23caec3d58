package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class CjkEmphasisTest {

    private static String html(String markdown) {
        return MarkdownRenderer.render(markdown.replace("\\n", "\n")).html().strip().replace("\n", "\\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            **唐杰：**智谱的创始人。      | <p><strong>唐杰：</strong>智谱的创始人。</p>
            这是**「重点」**内容          | <p>这是<strong>「重点」</strong>内容</p>
            中**“引用”**后               | <p>中<strong>“引用”</strong>后</p>
            *强调：*中文                 | <p><em>强调：</em>中文</p>
            ***粗斜：***中               | <p><em><strong>粗斜：</strong></em>中</p>
            **粗体**和**粗体**           | <p><strong>粗体</strong>和<strong>粗体</strong></p>
            **bold** text               | <p><strong>bold</strong> text</p>
            """)
    void closesAndOpensEmphasisNextToCjkPunctuation(String markdown, String expected) {
        assertEquals(expected, html(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            \\*\\*唐杰：\\*\\*智            | <p>**唐杰：**智</p>
            `**：**中`                     | <p><code>**：**中</code></p>
            ```\\n**：**中\\n```           | <pre><code>**：**中\\n</code></pre>
            2 ** 3 ** 4                   | <p>2 ** 3 ** 4</p>
            a**'b'**c                     | <p>a**'b'**c</p>
            [链接](/a**：**中)             | <p><a href=\"/a**：**中\">链接</a></p>
            L4 *（*DaemonSet* 部署）*      | <p>L4 <em>（<em>DaemonSet</em> 部署）</em></p>
            """)
    void leavesLiteralStarsAndNonCjkTextAsCommonMarkHasThem(String markdown, String expected) {
        assertEquals(expected.replace("\\\"", "\""), html(markdown));
    }

    @Test
    void keepsAnAuthorsOwnVerseDividerAndFallsBackToStrictCommonMark() {
        assertEquals("<p>⹏ **唐杰：**智</p>", html("⹏ **唐杰：**智"));
    }
}
