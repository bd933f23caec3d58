package dev.inkstone.common.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.text.Characters;

/**
 * Parses "**唐杰：**智谱的创始人" with the bold every Chinese author means. Strict CommonMark lets a "**" preceded by
 * punctuation close only when whitespace or punctuation follows, and Chinese puts neither between a full-width
 * colon and the next word. Where CJK text meets such a run, an invisible punctuation mark is put next to it, which
 * makes the run flanking on that side; the marks are removed from the parsed tree before anything reads it.
 */
final class CjkEmphasis {

    // CORNISH VERSE DIVIDER: punctuation to CommonMark, and never seen in blog posts.
    private static final char MARK = '\u2E4F';

    private CjkEmphasis() {
    }

    /** Parses the markdown, letting '*' emphasis open and close next to CJK punctuation. */
    static Node parse(Parser parser, String markdown) {
        if (markdown.indexOf(MARK) >= 0) {
            // The author's own marks could not be told from ours; such a post gets strict CommonMark.
            return parser.parse(markdown);
        }
        Node document = parser.parse(markDelimiterRuns(markdown));
        document.accept(new MarkRemover());
        return document;
    }

    private static String markDelimiterRuns(String markdown) {
        StringBuilder marked = new StringBuilder(markdown.length() + 16);
        int copied = 0;
        int star = markdown.indexOf('*');
        while (star >= 0) {
            // A backslash-escaped star is literal text, so the delimiter run starts after it.
            int start = isEscaped(markdown, star) ? star + 1 : star;
            int end = start;
            while (end < markdown.length() && markdown.charAt(end) == '*') {
                end++;
            }
            if (end > start) {
                int before = start == 0 ? ' ' : markdown.codePointBefore(start);
                int after = end == markdown.length() ? ' ' : markdown.codePointAt(end);
                marked.append(markdown, copied, start);
                if (isPunctuation(after) && !isClosing(after) && isWordCharacter(before)
                        && (Cjk.isPunctuation(after) || Cjk.isCharacter(before))) {
                    marked.append(MARK);
                }
                marked.append(markdown, start, end);
                if (isPunctuation(before) && !isOpening(before) && isWordCharacter(after)
                        && (Cjk.isPunctuation(before) || Cjk.isCharacter(after))) {
                    marked.append(MARK);
                }
                copied = end;
            }
            star = markdown.indexOf('*', Math.max(end, star + 1));
        }
        return marked.append(markdown, copied, markdown.length()).toString();
    }

    private static boolean isEscaped(String text, int index) {
        int backslashes = 0;
        for (int j = index - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isPunctuation(int cp) {
        return Characters.isPunctuationCodePoint(cp);
    }

    // "*（*Pod" and "Pod*）*" are unbalanced brackets, not emphasis: an opening mark never ends emphasis,
    // and a closing one never starts it.
    private static boolean isOpening(int cp) {
        int type = Character.getType(cp);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    private static boolean isClosing(int cp) {
        int type = Character.getType(cp);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean isWordCharacter(int cp) {
        return !Characters.isPunctuationCodePoint(cp) && !Characters.isWhitespaceCodePoint(cp);
    }

    private static String unmarked(String text) {
        return text == null || text.indexOf(MARK) < 0 ? text : text.replace(String.valueOf(MARK), "");
    }

    /** Takes every mark out again, wherever the parser put the text that carried it. */
    private static final class MarkRemover extends AbstractVisitor {

        @Override
        public void visit(Text text) {
            text.setLiteral(unmarked(text.getLiteral()));
        }

        @Override
        public void visit(Code code) {
            code.setLiteral(unmarked(code.getLiteral()));
        }

        @Override
        public void visit(FencedCodeBlock block) {
            block.setLiteral(unmarked(block.getLiteral()));
            block.setInfo(unmarked(block.getInfo()));
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            block.setLiteral(unmarked(block.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock block) {
            block.setLiteral(unmarked(block.getLiteral()));
        }

        @Override
        public void visit(HtmlInline html) {
            html.setLiteral(unmarked(html.getLiteral()));
        }

        @Override
        public void visit(Link link) {
            link.setDestination(unmarked(link.getDestination()));
            link.setTitle(unmarked(link.getTitle()));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(unmarked(image.getDestination()));
            image.setTitle(unmarked(image.getTitle()));
            visitChildren(image);
        }
    }
}
