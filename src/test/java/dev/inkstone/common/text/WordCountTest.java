package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class WordCountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Hello, world'             | 2
            算力差距                    | 4
            AI算力差距高达百倍          | 9
            DeepSeek 3.2 发布           | 5
            don't stop                 | 2
            it’s fine                  | 2
            rock 'n' roll              | 3
            '''quoted'''               | 1
            你好，世界！「是」、。？    | 5
            日本語のテスト              | 7
            データ                      | 3
            한국어 제목                 | 5
            Crème brûlée               | 2
            ''                         | 0
            '  ... !!! —— '            | 0
            """)
    void countsEachCjkCharacterAndEveryOtherRunOfLettersAsAWord(String text, int words) {
        assertEquals(words, WordCount.of(text).words());
    }

    @Test
    void countsSupplementaryHanCharactersOnce() {
        assertEquals(2, WordCount.of("\uD840\uDC0B\uD840\uDC0C").words());
    }

    @Test
    void countsACombiningMarkAsPartOfTheCharacterBeforeIt() {
        // "e" + combining acute, and a Han character with an ideographic variation selector.
        assertEquals(1, WordCount.of("cafe\u0301").words());
        assertEquals(1, WordCount.of("葛\uDB40\uDD00").words());
    }

    @Test
    void countsNothingInNull() {
        assertEquals(new WordCount(0, 0), WordCount.of(null));
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0, 0",
            "1, 0, 1",
            "0, 1, 1",
            "299, 0, 1",
            "449, 0, 1",
            "450, 0, 2",
            "0, 300, 2",
            "0, 299, 1",
            "3000, 0, 10",
            "600, 200, 3",
    })
    void readsThreeHundredCjkCharactersOrTwoHundredWordsAMinute(int cjk, int english, int minutes) {
        String text = "字".repeat(cjk) + " word".repeat(english);
        WordCount count = WordCount.of(text);
        assertEquals(cjk + english, count.words());
        assertEquals(minutes, count.readingMinutes());
    }
}
