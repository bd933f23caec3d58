package dev.inkstone.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** The teaser of a post: its opening paragraphs as plain text, cut to a length a list page can show. */
final class Excerpts {

    /** Paragraphs are added while the excerpt is shorter than this, so a one-line opener gets company. */
    static final int TARGET_LENGTH = 120;
    /** Longest excerpt before the ellipsis, in code points. */
    static final int MAX_LENGTH = 300;
    // How far back from MAX_LENGTH a space or CJK punctuation mark may be to be preferred as the cut.
    private static final int BREAK_WINDOW = 40;
    private static final String ELLIPSIS = "…";
    // Unicode-aware, so no-break and ideographic spaces collapse too.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Excerpts() {
    }

    /**
     * Builds the excerpt from the document's top-level paragraphs; paragraphs of a top-level quote count only when
     * there is no plain paragraph at all. Headings, code, HTML blocks and rules are never paragraphs here, and a
     * paragraph with no text (only images) is skipped.
     */
    static String of(Node document, Function<Node, String> plainTextOf) {
        List<Paragraph> candidates = topLevelParagraphs(document, false);
        String excerpt = join(candidates, plainTextOf);
        if (excerpt.isEmpty()) {
            excerpt = join(topLevelParagraphs(document, true), plainTextOf);
        }
        return shorten(excerpt);
    }

    private static List<Paragraph> topLevelParagraphs(Node document, boolean insideQuotes) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!insideQuotes && block instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            } else if (insideQuotes && block instanceof BlockQuote) {
                for (Node inner = block.getFirstChild(); inner != null; inner = inner.getNext()) {
                    if (inner instanceof Paragraph paragraph) {
                        paragraphs.add(paragraph);
                    }
                }
            }
        }
        return paragraphs;
    }

    private static String join(List<Paragraph> paragraphs, Function<Node, String> plainTextOf) {
        StringBuilder excerpt = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            if (excerpt.codePointCount(0, excerpt.length()) >= TARGET_LENGTH) {
                break;
            }
            String text = collapseWhitespace(plainTextOf.apply(paragraph));
            if (!text.isEmpty()) {
                excerpt.append(excerpt.length() == 0 ? "" : " ").append(text);
            }
        }
        return excerpt.toString();
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX_LENGTH);
        int windowStart = text.offsetByCodePoints(0, MAX_LENGTH - BREAK_WINDOW);
        int cut = end;
        for (int i = end - 1; i >= windowStart; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                cut = i;
                break;
            }
            if (Cjk.isPunctuation(c)) {
                // An opening bracket starts the next phrase; anything else ends the one before it.
                cut = Character.getType(c) == Character.START_PUNCTUATION ? i : i + 1;
                break;
            }
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    private static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
