package dev.inkstone.importer.media;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Where a markdown document holds code: fenced and indented code blocks and inline code spans. Text there is shown
 * as written, so image syntax in it is an example for the reader, not an image to import or a URL to rewrite.
 */
final class MarkdownCode {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Start (inclusive) and end (exclusive) offsets of each code range, in document order. */
    private final List<int[]> ranges;

    private MarkdownCode(List<int[]> ranges) {
        this.ranges = ranges;
    }

    static MarkdownCode of(String markdown) {
        List<int[]> ranges = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(Code code) {
                add(code);
            }

            private void add(Node node) {
                List<SourceSpan> spans = node.getSourceSpans();
                if (!spans.isEmpty()) {
                    SourceSpan last = spans.get(spans.size() - 1);
                    ranges.add(new int[] { spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength() });
                }
            }
        });
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new MarkdownCode(ranges);
    }

    /** Whether the character at {@code index} is inside code. */
    boolean contains(int index) {
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int[] range = ranges.get(middle);
            if (index < range[0]) {
                high = middle - 1;
            } else if (index >= range[1]) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
