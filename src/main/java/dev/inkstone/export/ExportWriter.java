package dev.inkstone.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorSummary;
import dev.inkstone.author.AuthorView;
import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageSummary;
import dev.inkstone.image.ImageView;
import dev.inkstone.image.MediaFiles;
import dev.inkstone.page.PageService;
import dev.inkstone.page.PageView;
import dev.inkstone.post.PostFilters;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;
import dev.inkstone.post.StatusFilter;
import dev.inkstone.seo.SeoView;
import dev.inkstone.site.NavigationItem;
import dev.inkstone.site.SiteService;
import dev.inkstone.site.SiteView;
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
    /**
     * 2: images are listed (before the posts) and a post's featuredImage is the sha256 of one of them. 3: images come
     * first, posts, tags and categories carry seo (its ogImage a sha256), authors are listed before the posts (which
     * name them by slug instead of carrying an author's name), pages follow the posts (with authors and seo as posts
     * have them), and the site settings come last. Authors carry seo too (added later within version 3: an older
     * importer skips a field it does not know).
     */
    static final int VERSION = 3;

    private final PostService posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ImageService images;
    private final ObjectMapper json;
    private final InstantSource clock;
    private final SiteService site;
    private final PageService pages;
    private final AuthorService authors;

    ExportWriter(PostService posts, TagService tags, CategoryService categories, ImageService images,
            ObjectMapper json, InstantSource clock, SiteService site, PageService pages, AuthorService authors) {
        this.site = site;
        this.pages = pages;
        this.authors = authors;
        this.clock = clock;
        this.posts = posts;
        this.images = images;
        this.tags = tags;
        this.categories = categories;
        this.json = json;
    }

    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("exportedAt", Timestamps.normalize(clock.instant()).toString());
            // Images first: an importer reading the stream knows every image before a category, tag or post names
            // one (a featured image, an og:image).
            g.writeArrayFieldStart("images");
            pages(request -> images.list(request, "id"), g, this::image);
            g.writeEndArray();
            g.writeArrayFieldStart("categories");
            pages(request -> categories.list(request, "id", false), g, this::category);
            g.writeEndArray();
            g.writeArrayFieldStart("tags");
            pages(request -> tags.list(request, "id", false), g, this::tag);
            g.writeEndArray();
            g.writeArrayFieldStart("authors");
            pages(request -> authors.list(request, "id", false), g, this::author);
            g.writeEndArray();
            g.writeArrayFieldStart("posts");
            PostFilters filters = new PostFilters();
            filters.sort = "id";
            pages(request -> posts.list(request, StatusFilter.ANY, filters, true, false), g, this::post);
            g.writeEndArray();
            // Pages by id in batches; parentId names another exported page's id, as categories do.
            g.writeArrayFieldStart("pages");
            long after = 0;
            List<PageView> batch;
            do {
                batch = pages.allAfter(after, BATCH);
                for (PageView page : batch) {
                    page(g, page);
                    after = page.id();
                }
                g.flush();
            } while (batch.size() == BATCH);
            g.writeEndArray();
            // Last: its navigation names posts, tags and categories by slug, all known to an importer by then.
            g.writeFieldName("site");
            site(g, site.get(true));
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
        seo(g, c.seo());
        g.writeEndObject();
    }

    private void author(JsonGenerator g, AuthorView a) throws IOException {
        g.writeStartObject();
        g.writeStringField("slug", a.slug());
        g.writeStringField("name", a.name());
        g.writeStringField("bio", a.bio());
        g.writeStringField("website", a.website());
        g.writeStringField("avatar", image(a.avatar()));
        seo(g, a.seo());
        g.writeEndObject();
    }

    private void tag(JsonGenerator g, TagView t) throws IOException {
        g.writeStartObject();
        g.writeStringField("slug", t.slug());
        g.writeStringField("name", t.name());
        g.writeStringField("description", t.description());
        seo(g, t.seo());
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
        g.writeArrayFieldStart("authors");
        for (AuthorSummary author : p.authors()) {
            g.writeString(author.slug());
        }
        g.writeEndArray();
        // A stored image by its digest; an external one by its address, which an import keeps as it is.
        g.writeStringField("featuredImage", p.featuredImage() == null ? null : p.featuredImage().id() == null
                ? p.featuredImage().url() : sha256(p.featuredImage().url()));
        seo(g, p.seo());
        g.writeEndObject();
    }

    private void page(JsonGenerator g, PageView p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", p.id());
        g.writeStringField("slug", p.slug());
        g.writeStringField("title", p.title());
        g.writeStringField("status", p.status().wireName());
        g.writeStringField("publishedAt", instant(p.publishedAt()));
        g.writeStringField("markdown", p.markdown());
        g.writeStringField("excerpt", p.excerpt());
        if (p.parentId() == null) {
            g.writeNullField("parentId");
        } else {
            g.writeNumberField("parentId", p.parentId());
        }
        g.writeNumberField("menuOrder", p.menuOrder());
        g.writeStringField("featuredImage", p.featuredImage() == null ? null : sha256(p.featuredImage().url()));
        g.writeArrayFieldStart("authors");
        for (AuthorSummary author : p.authors()) {
            g.writeString(author.slug());
        }
        g.writeEndArray();
        seo(g, p.seo());
        g.writeEndObject();
    }

    /** The seo object, its og:image by sha256 like a featured image; null when nothing is set. */
    private static void seo(JsonGenerator g, SeoView seo) throws IOException {
        if (seo == null || seo.asInput() == null) {
            g.writeNullField("seo");
            return;
        }
        g.writeObjectFieldStart("seo");
        g.writeStringField("title", seo.title());
        g.writeStringField("description", seo.description());
        g.writeStringField("canonicalUrl", seo.canonicalUrl());
        g.writeStringField("ogImage", image(seo.ogImage()));
        g.writeBooleanField("noindex", seo.noindex());
        g.writeEndObject();
    }

    /** The site settings: images by sha256, navigation targets by slug (ids differ between instances). */
    private static void site(JsonGenerator g, SiteView s) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", s.title());
        g.writeStringField("description", s.description());
        g.writeStringField("url", s.url());
        g.writeStringField("locale", s.locale());
        g.writeStringField("timezone", s.timezone());
        g.writeStringField("logo", image(s.logo()));
        g.writeStringField("icon", image(s.icon()));
        navigation(g, "navigation", s.navigation());
        navigation(g, "secondaryNavigation", s.secondaryNavigation());
        g.writeEndObject();
    }

    private static void navigation(JsonGenerator g, String field, List<NavigationItem> items) throws IOException {
        g.writeArrayFieldStart(field);
        for (NavigationItem item : items) {
            g.writeStartObject();
            g.writeStringField("label", item.label());
            if (item.type().equals("url")) {
                g.writeStringField("url", item.url());
            } else {
                g.writeStringField(item.type(), item.slug());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String image(ImageSummary image) {
        return image == null ? null : sha256(image.url());
    }

    /**
     * An image's metadata and the URL of its original: importing the export with the files at those paths
     * ({@code media/<sha256>/original.jpg} in a zip or beside the file) stores them again.
     */
    private void image(JsonGenerator g, ImageView i) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", i.id());
        g.writeStringField("sha256", i.sha256());
        g.writeStringField("filename", i.filename());
        g.writeStringField("mimeType", i.mimeType());
        g.writeNumberField("width", i.width());
        g.writeNumberField("height", i.height());
        g.writeStringField("alt", i.alt());
        g.writeStringField("caption", i.caption());
        if (i.focalPoint() == null) {
            g.writeNullField("focalPoint");
        } else {
            g.writeObjectFieldStart("focalPoint");
            g.writeNumberField("x", i.focalPoint().x());
            g.writeNumberField("y", i.focalPoint().y());
            g.writeEndObject();
        }
        g.writeStringField("url", i.url());
        g.writeEndObject();
    }

    private static String sha256(String mediaUrl) {
        Matcher media = MediaFiles.MEDIA_URL.matcher(mediaUrl);
        return media.find() ? media.group(1) : null;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
