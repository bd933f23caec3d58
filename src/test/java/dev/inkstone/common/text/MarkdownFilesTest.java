package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class MarkdownFilesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '---\\ntitle: a\\n---\\nBody'                  | Body
            '+++\\ntitle = "a"\\n+++\\nBody'              | Body
            '\\uFEFF---\\r\\ntitle: a\\r\\n---\\r\\nBody'  | Body
            'title: Hexo\\ntags:\\n- a\\n---\\n\\nBody'    | '\\nBody'
            'No front matter\\n\\n---\\n\\nBody'          | 'No front matter\\n\\n---\\n\\nBody'
            'Just text'                                  | 'Just text'
            """)
    void stripsYamlAndTomlFrontMatter(String file, String body) {
        assertEquals(unescape(body), MarkdownFiles.body(unescape(file)));
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");
    }
}
