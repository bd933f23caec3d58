package dev.inkstone.search;

import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;

/**
 * Text folded as the index folds it (width, case, Traditional to Simplified), for matching outside the analyzers:
 * synonym words and suggestion keys.
 */
final class SearchText {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** Folded, with runs of spaces as one space and none at the ends. */
    static String fold(String text) {
        String folded = NFKC_CF.normalize(text.strip());
        // Every suggestion key of a rebuild is folded here: the transliterator only where it may change something
        // (SimplifiedFilter's check), and the pattern compiled once.
        if (SimplifiedFilter.changes(folded.toCharArray(), folded.length())) {
            folded = SearchAnalysis.SIMPLIFIED.transliterate(folded);
        }
        return SPACES.matcher(folded).replaceAll(" ");
    }

    /** Whether the text is Latin letters only (what a reader types as pinyin or an English word). */
    static boolean isLetters(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
}
