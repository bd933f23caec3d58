package dev.inkstone.common.text;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;

/** Turns post markdown (CommonMark plus GitHub tables, strikethrough and autolinks) into safe HTML and its text. */
public final class MarkdownRenderer {

    /** A post body ready to store: sanitized HTML, its text for counting words, and a teaser for lists. */
    public record Rendered(String html, String plainText, String excerpt) {
    }

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            HeadingAnchorExtension.builder().defaultId(HeadingIds.DEFAULT_ID).build());

    // Both are immutable and documented as thread-safe, so one pair serves every request.
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownRenderer() {
    }

    /** Renders the markdown; raw HTML in it passes through {@link HtmlSanitizer} like everything else. */
    public static Rendered render(String markdown) {
        Node document = CjkEmphasis.parse(PARSER, markdown == null ? "" : markdown);
        Document clean = HtmlSanitizer.clean(RENDERER.render(document));
        HeadingIds.assign(clean.body());
        String excerpt = Excerpts.of(document, MarkdownRenderer::sanitizedText);
        return new Rendered(clean.body().html(), clean.body().text(), excerpt);
    }

    /**
     * The teaser {@link #render} makes, alone: the markdown is parsed, but only the blocks the teaser takes are
     * rendered and sanitized. A write that keeps a body and has no excerpt of its own derives it again; rendering the
     * whole body for that was most of re-importing an unchanged page.
     */
    public static String excerpt(String markdown) {
        return Excerpts.of(CjkEmphasis.parse(PARSER, markdown == null ? "" : markdown),
                MarkdownRenderer::sanitizedText);
    }

    private static String sanitizedText(Node node) {
        return HtmlSanitizer.clean(RENDERER.render(node)).body().text();
    }
}
