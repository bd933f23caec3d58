package dev.inkstone.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where sentences end in a body, for cutting its snippets: the boundaries of the JDK's sentence iterator (its rules,
 * see {@link #boundaryAfter}), which read the text one character at a time through a CharacterIterator and rule
 * tables: 5% of a search's CPU at 100,000 posts, for the few boundaries around each passage that the highlighter asks
 * for ({@link #following} and {@link #preceding}, through LengthGoalBreakIterator). This one reads the String and
 * looks only from the offset to the nearest boundary.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    /** Where the marks read by the last {@link #boundaryAfter} ended (before the spaces after them). */
    private int marksEnd;
    private CharacterIterator iterator = new StringCharacterIterator("");
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        iterator = new StringCharacterIterator(newText);
        current = 0;
    }

    /** The highlighter gives Strings; any other text is copied from its first character, which becomes offset 0. */
    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return iterator;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int next() {
        return current >= text.length() ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current <= 0 ? DONE : preceding(current);
    }

    @Override
    public int next(int n) {
        int at = current;
        for (int i = 0; i < Math.abs(n) && at != DONE; i++) {
            at = n > 0 ? next() : previous();
        }
        return at;
    }

    /** The first boundary after {@code offset}; DONE at the end. */
    @Override
    public int following(int offset) {
        check(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        // Back to the start of a sentence end that the offset may be inside, so its boundary is not missed.
        int from = offset;
        while (from > 0 && ending(text.charAt(from - 1))) {
            from--;
        }
        for (int i = from; i < text.length(); i++) {
            if (terminator(text.charAt(i))) {
                int end = boundaryAfter(i);
                if (end > offset) {
                    return current = end;
                }
                // The marks up to marksEnd make the same boundary or none: each is looked at once, so a long row
                // of dots costs its length, not its square.
                i = Math.max(end, marksEnd) - 1;
            }
        }
        return current = text.length();
    }

    /** The last boundary before {@code offset}; DONE at the start. */
    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        int i = Math.min(offset, text.length()) - 1;
        while (i >= 0) {
            if (!terminator(text.charAt(i))) {
                i--;
                continue;
            }
            // The row of marks this one belongs to, read forwards as following() reads it; an earlier row's boundary
            // comes before this row, so the first row with a boundary before the offset has the last one.
            int start = i;
            while (start > 0 && (terminator(text.charAt(start - 1)) || closing(text.charAt(start - 1)))) {
                start--;
            }
            int last = -1;
            for (int k = start; k <= i; k++) {
                if (terminator(text.charAt(k))) {
                    int end = boundaryAfter(k);
                    if (end > 0 && end < offset) {
                        last = Math.max(last, end);
                    }
                    k = Math.max(k, Math.max(end, marksEnd) - 1);
                }
            }
            if (last > 0) {
                return current = last;
            }
            i = start - 1;
        }
        return current = 0;
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        return offset == 0 || offset == text.length() || following(offset - 1) == offset;
    }

    @Override
    public Object clone() {
        SentenceBreaks copy = new SentenceBreaks();
        copy.setText(text);
        copy.current = current;
        return copy;
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }

    /**
     * The boundary that the sentence mark at {@code at} makes, or -1 for none. After 。！？!? always, past the marks,
     * closing quotes and brackets and spaces that follow. After a full stop only before a letter that is not
     * lowercase across spaces ("e.g. this", "3.14" and "example.com" go on), or before opening punctuation and a
     * letter: the rules of the JDK's sentence iterator.
     */
    private int boundaryAfter(int at) {
        char mark = text.charAt(at);
        int i = at + 1;
        if (mark == '\u2029') {
            marksEnd = i;
            return i;
        }
        boolean stop = period(mark);
        while (i < text.length() && (period(text.charAt(i)) || closing(text.charAt(i))
                || (!stop && terminator(text.charAt(i))))) {
            i++;
        }
        int spaces = i;
        marksEnd = i;
        while (i < text.length() && space(text.charAt(i))) {
            i++;
        }
        if (!stop || i == text.length()) {
            return !stop && i < text.length() && text.charAt(i) == '\u2029' ? i + 1 : i;
        }
        char next = text.charAt(i);
        if (i > spaces && Character.isLetter(next) && !Character.isLowerCase(next)) {
            return i;
        }
        int opening = i;
        while (opening < text.length() && (opening(text.charAt(opening)) || startsSentence(text.charAt(opening)))) {
            opening++;
        }
        return opening > i && opening < text.length() && Character.isLetter(text.charAt(opening)) ? i : -1;
    }

    /** A mark that ends a sentence (。！？!? and the paragraph separator) or may (a full stop). */
    private static boolean terminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\u2029' || period(c);
    }

    private static boolean period(char c) {
        return c == '.' || c == '．';
    }

    /** Closing brackets and quotes, which stay with the sentence they close. */
    private static boolean closing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || c == '"'
                || c == '\'';
    }

    private static boolean opening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || c == '"'
                || c == '\'';
    }

    private static boolean space(char c) {
        return c == '\t' || c == '\r' || c == '\f' || c == '\n' || c == '\u2028'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Other symbols that may open a sentence (a dash, a bullet): not letters, digits, spaces or the marks above. */
    private static boolean startsSentence(char c) {
        int type = Character.getType(c);
        return !Character.isLetter(c) && !space(c) && !opening(c) && !closing(c) && !terminator(c) && c != ','
                && type != Character.DECIMAL_DIGIT_NUMBER && type != Character.LETTER_NUMBER
                && type != Character.OTHER_NUMBER && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
    }

    /** What can sit between a sentence's last word and the next sentence. */
    private static boolean ending(char c) {
        return terminator(c) || closing(c) || space(c);
    }
}
