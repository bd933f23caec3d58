package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Normalizer2;

import dev.inkstone.common.DatabaseIndependent;

/** Folding for synonyms and suggestion keys: width, case, Traditional to Simplified, spaces. */
@DatabaseIndependent
class SearchTextTest {

    @Test
    void foldsWidthCaseScriptAndSpaces() {
        assertEquals("学习 go modules", SearchText.fold("  學習 Ｇｏ\t\tModules  "));
        assertEquals("一发 中仑", SearchText.fold("一髮 中崙"));
    }

    /** Transliterating only text the check says may change folds every ideograph as transliterating all Han did. */
    @Test
    void foldsEveryIdeographAsTransliteratingAllHanText() {
        Normalizer2 nfkc = Normalizer2.getNFKCCasefoldInstance();
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            String one = Character.toString(c);
            for (String text : new String[] { one, one + "发", "中" + one, one + " 髮" }) {
                String folded = nfkc.normalize(text);
                String expected = SearchAnalysis.SIMPLIFIED.transliterate(folded).replaceAll("\\s+", " ");
                assertEquals(expected, SearchText.fold(text), text);
            }
        }
    }
}
