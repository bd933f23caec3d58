package dev.inkstone.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Traditional to Simplified per token, as Lucene's ICUTransformFilter does with the same transliterator, but a token
 * that no rule of the transliterator would change (nearly every token of Simplified or English text) passes after
 * one table lookup per character. ICUTransformFilter ran ICU's transliteration over every token, matching each
 * character against the rules: 12.7% of a 100,000-post index rebuild's samples in a JFR profile. A token that may
 * change goes through the same transliterator, so the terms are the same; tokens keep their offsets, so highlights
 * land on the original text.
 *
 * <p>ICU's Traditional-Simplified rules are plain "from > to" pairs, a quarter of them phrases ("頭髮 > 头发",
 * "中崙 > 中仑", even "剃发 > 剃髮"); at each position the first rule whose "from" is there applies. So a token changes
 * only if it holds the whole "from" of a rule that changes something, and therefore any one character of it: the
 * table marks one character per such rule, the one least likely in Simplified text that can be told from the rules.
 * The transliterator's own source set would not do: it holds every character of every phrase, common Simplified
 * ones (中, 一, 在, 有) too.
 */
final class SimplifiedFilter extends TokenFilter {

    /**
     * One Traditional-to-Simplified transliterator for every stream and thread: ICU's transliterators are stateless,
     * so threads may share one without synchronizing (Transliterator's documentation). Its filter is its source set
     * (every character its rules name), so ICU passes other characters without trying rules (SearchText folds whole
     * strings with it).
     */
    static final Transliterator TRANSLITERATOR = simplified();

    /** Text with none of ICU's rule syntax (sets, contexts, variables, quotes, escapes, cursor marks). */
    private static final Pattern PLAIN = Pattern.compile("[^\\s{}\\[\\]$^|*+?'\"\\\\:>=<&@;#-]*");

    /** Marked characters (see above), BMP ones in a table; a supplementary one is asked of the set. */
    private static final UnicodeSet TRIGGERS = triggers(TRANSLITERATOR.toRules(false));
    private static final boolean[] TRIGGERS_BMP = bmp(TRIGGERS);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SimplifiedFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (changes(term.buffer(), term.length())) {
            String simplified = TRANSLITERATOR.transliterate(term.toString());
            term.setEmpty().append(simplified);
        }
        return true;
    }

    /** Whether the transliterator may change the text: false means it would give it back as it is. */
    static boolean changes(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text[i];
            // A high surrogate starts a supplementary character (CJK extension B onwards holds Traditional forms).
            if (Character.isHighSurrogate(c) ? TRIGGERS.contains(Character.codePointAt(text, i, length))
                    : TRIGGERS_BMP[c]) {
                return true;
            }
        }
        return false;
    }

    private static Transliterator simplified() {
        Transliterator transliterator = Transliterator.getInstance("Traditional-Simplified");
        UnicodeSet changed = transliterator.getSourceSet();
        if (!changed.isEmpty()) {
            transliterator.setFilter(changed.freeze());
        }
        return transliterator;
    }

    /**
     * One character of each rule that changes something: of a phrase, a character that a rule of its own changes
     * if it has one (a rare Traditional form rather than a common character beside it: 崙 of 中崙), else the first
     * one it replaces (沈 of 低沈). A rule that is not a plain "from > to" pair marks all its characters, so an
     * unexpected form errs towards ICU.
     */
    static UnicodeSet triggers(String rules) {
        List<String[]> pairs = new ArrayList<>();
        UnicodeSet triggers = new UnicodeSet();
        for (String rule : rules.split(";")) {
            String text = rule.strip();
            int arrow = text.indexOf(" > ");
            String from = arrow < 0 ? "" : text.substring(0, arrow);
            String to = arrow < 0 ? "" : text.substring(arrow + 3);
            if (text.isEmpty()) {
                continue;
            }
            if (from.isEmpty() || !PLAIN.matcher(from).matches() || !PLAIN.matcher(to).matches()) {
                triggers.addAll(text);
            } else if (!from.equals(to)) { // a rule giving its text back only keeps later rules off it
                pairs.add(new String[] {from, to});
            }
        }
        UnicodeSet alone = new UnicodeSet();
        pairs.stream().filter(pair -> pair[0].codePointCount(0, pair[0].length()) == 1)
                .forEach(pair -> alone.add(pair[0].codePointAt(0)));
        for (String[] pair : pairs) {
            triggers.add(mark(pair[0], pair[1], alone));
        }
        return triggers.freeze();
    }

    /** A character of the phrase that a rule of its own changes, else the first it replaces, else its first. */
    private static int mark(String from, String to, UnicodeSet alone) {
        int[] source = from.codePoints().toArray();
        int[] target = to.codePoints().toArray();
        for (int c : source) {
            if (alone.contains(c)) {
                return c;
            }
        }
        for (int i = 0; i < Math.min(source.length, target.length); i++) {
            if (source[i] != target[i]) {
                return source[i];
            }
        }
        return source[0];
    }

    private static boolean[] bmp(UnicodeSet set) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = set.contains(c);
        }
        return table;
    }
}
