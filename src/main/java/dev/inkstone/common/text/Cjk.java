package dev.inkstone.common.text;

import java.lang.Character.UnicodeScript;

/** What counts as Chinese, Japanese or Korean text, for counting words, cutting excerpts and parsing emphasis. */
final class Cjk {

    private Cjk() {
    }

    /** A character read as a unit of its own: Han, kana or Hangul. */
    static boolean isCharacter(int cp) {
        // The prolonged sound mark has script COMMON only because both kana share it; it is read as a character.
        if (cp == '\u30FC' || cp == '\uFF70') {
            return true;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
    }

    /** Full-width punctuation such as ，。！？、「」（）：. */
    static boolean isPunctuation(int cp) {
        boolean cjkBlock = (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65)
                || (cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE4F);
        int type = Character.getType(cp);
        boolean punctuation = type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
        return cjkBlock && punctuation;
    }
}
