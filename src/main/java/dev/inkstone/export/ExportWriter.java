package dev.inkstone.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.post.PostFilters;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;
import dev.inkstone.post.StatusFilter;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;
import dev.inkstone.tag.TagView;

/**
 * Writes everything as one JSON document, read through the public services in keyset pages of {@value #BATCH} by id:
 * memory stays flat whatever the content size, and each page costs the same fixed number of statements. Pages are
 * separate transactions, so content written during an export may or may not be in it (a later export or the sync
 * feed catches up).
 */
@ApplicationScoped
public class ExportWriter {

    static final int BATCH = 100;
    /** The format name importers check; the version changes when a field changes meaning. */
    public static final String FORMAT = "inkstone-export";

    private final PostService posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ObjectMapper json;

    ExportWriter(PostService posts, TagService tags, CategoryService categories, ObjectMapper json) {
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.json = json;
    }

    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", 1);
            g.writeStringField("exportedAt", Timestamps.now().toString());
            g.writeArrayFieldStart("categories");
            pages(request -> categories.list(request, "id"), g, this::category);
            g.writeEndArray();
            g.writeArrayFieldStart("tags");
            pages(request -> tags.list(request, "id"), g, this::tag);
            g.writeEndArray();
            g.writeArrayFieldStart("posts");
            PostFilters filters = new PostFilters();
            filters.sort = "id";
            pages(request -> posts.list(request, StatusFilter.ANY, filters, true), g, this::post);
            g.writeEndArray();
            // Images arrive with the image feature; until then posts keep their image links in the markdown.
            g.writeArrayFieldStart("images");
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private static <T> void pages(Function<PageRequest, Page<T>> read, JsonGenerator g, ItemWriter<T> item)
            throws IOException {
        String cursor = null;
        do {
            Page<T> page = read.apply(PageRequest.parse(null, Integer.toString(BATCH), cursor));
            for (T each : page.items()) {
                item.write(g, each);
            }
            g.flush();
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    private void category(JsonGenerator g, CategoryView c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", c.id());
        g.writeStringField("slug", c.slug());
        g.writeStringField("name", c.name());
        g.writeStringField("description", c.description());
        if (c.parentId() == null) {
            g.writeNullField("parentId");
        } else {
            g.writeNumberField("parentId", c.parentId());
        }
        g.writeEndObject();
    }

    private void tag(JsonGenerator g, TagView t) throws IOException {
        g.writeStartObject();
        g.writeStringField("slug", t.slug());
        g.writeStringField("name", t.name());
        g.writeStringField("description", t.description());
        g.writeEndObject();
    }

    private void post(JsonGenerator g, PostView p) throws IOException {
        g.writeStartObject();
        g.writeStringField("slug", p.slug());
        g.writeStringField("title", p.title());
        g.writeStringField("status", p.status().wireName());
        g.writeStringField("publishedAt", instant(p.publishedAt()));
        g.writeStringField("markdown", p.markdown());
        g.writeStringField("excerpt", p.excerpt());
        g.writeArrayFieldStart("tags");
        for (TagSummary tag : p.tags()) {
            g.writeString(tag.slug());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("categories");
        for (CategorySummary category : p.categories()) {
            g.writeString(category.slug());
        }
        g.writeEndArray();
        g.writeStringField("sourceUrl", p.sourceUrl());
        g.writeStringField("author", p.author());
        g.writeNullField("featuredImage");
        g.writeEndObject();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
