package dev.inkstone.search;

import com.ibm.icu.text.Normalizer2;

/**
 * Text folded as the index folds it (width, case, Traditional to Simplified), for matching outside the analyzers:
 * synonym words and suggestion keys.
 */
final class SearchText {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private SearchText() {
    }

    /** Folded, with runs of spaces as one space and none at the ends. */
    static String fold(String text) {
        String folded = NFKC_CF.normalize(text.strip());
        if (folded.codePoints().anyMatch(Pinyin::isHan)) {
            folded = SearchAnalysis.SIMPLIFIED.transliterate(folded);
        }
        return folded.replaceAll("\\s+", " ");
    }

    /** Whether the text is Latin letters only (what a reader types as pinyin or an English word). */
    static boolean isLetters(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
}
