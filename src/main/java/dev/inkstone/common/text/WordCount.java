package dev.inkstone.common.text;

/** Words and reading time of plain text, where each Chinese, Japanese or Korean character counts as a word. */
public record WordCount(int words, int readingMinutes) {

    private static final double CJK_CHARACTERS_PER_MINUTE = 300.0;
    private static final double OTHER_WORDS_PER_MINUTE = 200.0;

    /**
     * Counts each CJK character as one word and every other run of letters, marks and digits as one word. Only
     * apostrophes join runs ("don't" is one word); any other punctuation splits them, so "3.2" is two words, the
     * same as "v3-2": telling version numbers from sentence ends is not worth the ambiguity.
     */
    public static WordCount of(String plainText) {
        if (plainText == null) {
            return new WordCount(0, 0);
        }
        int cjkCharacters = 0;
        int otherWords = 0;
        boolean inWord = false;
        boolean afterCjk = false;
        for (int i = 0; i < plainText.length(); ) {
            int cp = plainText.codePointAt(i);
            i += Character.charCount(cp);
            if (Cjk.isCharacter(cp)) {
                cjkCharacters++;
                inWord = false;
                afterCjk = true;
            } else if (isMark(cp) && (inWord || afterCjk)) {
                // A combining mark or variation selector belongs to the character before it.
                continue;
            } else if (isWordPart(cp)) {
                if (!inWord) {
                    otherWords++;
                }
                inWord = true;
                afterCjk = false;
            } else {
                boolean apostropheInsideWord = (cp == '\'' || cp == '\u2019') && inWord
                        && i < plainText.length() && startsPlainWord(plainText.codePointAt(i));
                inWord = apostropheInsideWord;
                afterCjk = false;
            }
        }
        int words = cjkCharacters + otherWords;
        return new WordCount(words, readingMinutes(cjkCharacters, otherWords));
    }

    private static int readingMinutes(int cjkCharacters, int otherWords) {
        if (cjkCharacters + otherWords == 0) {
            return 0;
        }
        double minutes = cjkCharacters / CJK_CHARACTERS_PER_MINUTE + otherWords / OTHER_WORDS_PER_MINUTE;
        return (int) Math.max(1, Math.round(minutes));
    }

    private static boolean startsPlainWord(int cp) {
        return isWordPart(cp) && !Cjk.isCharacter(cp) && !isMark(cp);
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetter(cp) || isMark(cp) || isNumber(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
