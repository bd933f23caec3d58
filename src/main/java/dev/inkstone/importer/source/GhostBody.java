package dev.inkstone.importer.source;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Ghost post's body as Inkstone markdown. Ghost renders {@code html} from its editor document, so the HTML is
 * preferred and goes the way WordPress HTML goes ({@link WordPressHtml}). A post exported without it keeps only its
 * editor document ({@code lexical}, or {@code mobiledoc} before Ghost 5); from that the markdown and HTML cards are
 * taken, which is what posts converted from older Ghost versions hold. Anything else in the document would need a
 * renderer of Ghost's own, so such a post has no body here and is reported, not imported empty.
 */
final class GhostBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Newer exports write the site's own address as this placeholder; the rest of the URL is the content path. */
    static final String SITE_PLACEHOLDER = "__GHOST_URL__";

    /** The markdown, with notes on what was left out; or null markdown with the reason nothing could be taken. */
    record Body(String markdown, List<String> notes, String missing) {
    }

    private GhostBody() {
    }

    static Body of(JsonNode post) {
        String html = GhostJson.text(post, "html");
        if (html != null) {
            return new Body(WordPressHtml.toMarkdown(html.replace(SITE_PLACEHOLDER, "")), List.of(), null);
        }
        String legacyMarkdown = GhostJson.text(post, "markdown");
        if (legacyMarkdown != null) {
            return new Body(legacyMarkdown.replace(SITE_PLACEHOLDER, ""), List.of(), null);
        }
        List<String> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String document = GhostJson.text(post, "lexical");
        String editor = "lexical";
        try {
            if (document != null) {
                lexical(JSON.readTree(document).path("root"), parts, notes);
            } else if ((document = GhostJson.text(post, "mobiledoc")) != null) {
                editor = "mobiledoc";
                mobiledoc(JSON.readTree(document), parts, notes);
            } else {
                return new Body(null, List.of(), "no body: the post has no html, mobiledoc or lexical");
            }
        } catch (JsonProcessingException e) {
            return new Body(null, List.of(), "unreadable " + editor + " body: " + e.getOriginalMessage());
        }
        if (parts.isEmpty()) {
            return new Body(null, List.of(), "the " + editor + " body has no html and no markdown or HTML card"
                    + " (export the post with its html from Ghost to import it)");
        }
        return new Body(String.join("\n\n", parts).replace(SITE_PLACEHOLDER, ""), notes, null);
    }

    /** Lexical: markdown and html nodes among the root's children. */
    private static void lexical(JsonNode root, List<String> parts, List<String> notes) {
        int other = 0;
        for (JsonNode node : root.path("children")) {
            if (!card(node.path("type").asText(), node, parts)) {
                other++;
            }
        }
        note(other, "lexical", parts, notes);
    }

    /** Mobiledoc: card sections ({@code [10, index]}) naming markdown or html cards. */
    private static void mobiledoc(JsonNode doc, List<String> parts, List<String> notes) {
        JsonNode cards = doc.path("cards");
        int other = 0;
        for (JsonNode section : doc.path("sections")) {
            JsonNode card = section.path(0).asInt() == 10 ? cards.path(section.path(1).asInt()) : null;
            if (card == null || !card(card.path(0).asText(), card.path(1), parts)) {
                other++;
            }
        }
        note(other, "mobiledoc", parts, notes);
    }

    private static boolean card(String type, JsonNode payload, List<String> parts) {
        String markdown = GhostJson.text(payload, "markdown");
        String html = GhostJson.text(payload, "html");
        if ((type.equals("markdown") || type.equals("card-markdown")) && markdown != null) {
            parts.add(markdown);
            return true;
        }
        if (type.equals("html") && html != null) {
            parts.add(WordPressHtml.toMarkdown(html));
            return true;
        }
        return false;
    }

    private static void note(int other, String editor, List<String> parts, List<String> notes) {
        if (other > 0 && !parts.isEmpty()) {
            notes.add(other + " " + editor + " section(s) other than markdown and HTML cards were left out");
        }
    }
}
