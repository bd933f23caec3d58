package dev.inkstone.importer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

/**
 * A Ghost JSON export (Ghost 0.x to 5.x, wrapped in {@code db} or not), read in two streaming passes: the first
 * indexes tags, users and the posts' links to them; the second sends the posts one at a time. Posts are keyed by
 * their Ghost uuid (their id in exports without one), so importing the export again changes nothing. Pages and
 * internal tags ({@code #name}) are reported as skipped: Inkstone holds blog posts and public tags.
 */
final class GhostReader {

    private static final Set<String> INDEX_TABLES = Set.of("posts", "tags", "users", "posts_tags", "posts_authors");

    private final GhostJson json;

    GhostReader(long maxText) {
        this.json = new GhostJson(maxText);
    }

    /** The reader of a job's input: the export file, or the one export among a zip's or folder's JSON files. */
    static ImportReader reader(long maxText) {
        return (input, sink) -> {
            GhostReader reader = new GhostReader(maxText);
            if (input.zip() != null) {
                java.util.zip.ZipEntry document = input.zipDocument(ImportFormat.GHOST);
                reader.read(() -> input.zip().open(document), sink);
            } else {
                reader.read(input.document(ImportFormat.GHOST), sink);
            }
        };
    }

    void read(Path file, ItemSink sink) throws IOException, BadImportFile {
        read(() -> Files.newInputStream(file), sink);
    }

    void read(GhostJson.Source source, ItemSink sink) throws IOException, BadImportFile {
        GhostIndex index = new GhostIndex();
        int leftOut = json.walk(source, INDEX_TABLES, (table, row) -> index.add(table, row));
        sink.total(index.tags.size() + index.posts + (leftOut > 0 ? 1 : 0));
        if (leftOut > 0) {
            sink.skip("export", "db", null, leftOut + " more database(s) in \"db\": only the first is imported");
        }
        for (GhostIndex.Tag tag : index.tags.values()) {
            if (tag.internal()) {
                sink.skip("tag", tag.key(), tag.term().name(), "internal tag: Ghost does not show it");
            } else {
                sink.tag(tag.key(), tag.term(), tag.description());
            }
        }
        json.walk(source, Set.of("posts"), (table, row) -> post(row, index, sink));
    }

    private static void post(JsonNode row, GhostIndex index, ItemSink sink) {
        String id = GhostJson.text(row, "id");
        String uuid = GhostJson.text(row, "uuid");
        String title = GhostJson.text(row, "title");
        String key = uuid != null ? uuid : id;
        if (key == null) {
            sink.skip("post", "slug:" + GhostJson.text(row, "slug"), title, "no id or uuid to key the post by");
            return;
        }
        JsonNode legacyPage = row.get("page");
        if ("page".equals(GhostJson.text(row, "type")) || legacyPage != null
                && (legacyPage.asBoolean() || legacyPage.asInt() == 1)) {
            sink.skip("page", key, title, "pages are not supported yet");
            return;
        }
        String ghostStatus = GhostJson.text(row, "status");
        PostStatus status = ghostStatus == null ? PostStatus.DRAFT : switch (ghostStatus) {
            case "published" -> PostStatus.PUBLISHED;
            case "scheduled" -> PostStatus.SCHEDULED;
            case "draft" -> PostStatus.DRAFT;
            default -> null;
        };
        if (status == null) {
            sink.skip("post", key, title, "status '" + ghostStatus + "' is not imported");
            return;
        }
        Instant publishedAt;
        try {
            publishedAt = date(row.get("published_at"));
        } catch (DateTimeParseException e) {
            sink.skip("post", key, title, "unreadable published_at: " + row.get("published_at").asText());
            return;
        }
        GhostBody.Body body = GhostBody.of(row);
        if (body.markdown() == null) {
            sink.skip("post", key, title, body.missing());
            return;
        }
        List<String> notes = new ArrayList<>(body.notes());
        String slug = GhostJson.text(row, "slug");
        if (title == null) {
            title = slug != null ? slug : "Untitled " + key;
            notes.add("empty title: named '" + title + "'");
        }
        String visibility = GhostJson.text(row, "visibility");
        if (visibility != null && !visibility.equals("public")) {
            notes.add("visible to '" + visibility + "' in Ghost: imported for everyone");
        }
        List<TermRef> tags = new ArrayList<>();
        for (GhostIndex.Tag tag : index.tagsOf(id)) {
            if (tag.internal()) {
                notes.add("internal tag '" + tag.term().name() + "' dropped");
            } else {
                tags.add(tag.term());
            }
        }
        String featured = GhostJson.text(row, row.has("feature_image") ? "feature_image" : "image");
        String canonical = GhostJson.text(row, "canonical_url");
        sink.post(new ImportedPost(key, title, slug, status, publishedAt, body.markdown(),
                GhostJson.text(row, "custom_excerpt"), tags, List.of(),
                index.authorsOf(id, GhostJson.text(row, "author_id")).stream().map(n -> new TermRef(n, null)).toList(),
                WordPressHtml.isHttpUrl(canonical) ? canonical : null,
                featured == null ? null : featured.replace(GhostBody.SITE_PLACEHOLDER, ""), notes));
    }

    /** Ghost dates: ISO-8601 strings, or epoch milliseconds in exports before 1.0. */
    private static Instant date(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : Instant.parse(text.contains("T") ? text : text.replace(' ', 'T') + "Z");
    }
}
