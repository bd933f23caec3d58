package dev.inkstone.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.jsoup.Jsoup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.author.AuthorSummary;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.page.PageStatus;
import dev.inkstone.page.PageView;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagSummary;

/**
 * The index's fields and how a post or a page becomes a document. A hit is answered from stored fields alone, so a
 * search costs no database query; the indexer rewrites a post's document whenever the post, one of its tags,
 * categories or authors changes, and a page's whenever the page (or an ancestor's slug, which is in its path) or one
 * of its authors changes.
 */
final class SearchFields {

    /**
     * Bumped when fields, analysis, the index's order or its codec change: an index of another version is rebuilt on
     * start. 5: documents sorted by id within each segment (RelevanceTop). 6: stored fields in small chunks
     * (SmallChunkCodec). 7: the publication time stored as microseconds ({@link #publishedAt} reads both).
     */
    static final String SCHEMA = "7";

    /** The schema an index records: with aliases configured off its documents differ, so switching rebuilds. */
    static String schema(boolean aliases) {
        return aliases ? SCHEMA : SCHEMA + "-no-aliases";
    }

    /** A post's id (its document's key); pages have none, so a post's key never matches a page. */
    static final String ID = "id";
    /** A page's id (its document's key). */
    static final String PAGE_ID = "page_id";
    /** post or page ({@link SearchType}), on every document. */
    static final String KIND = "kind";
    /** A page's path, one stored value per slug from the top-level ancestor down. */
    static final String PATH = "path";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String TITLE_BIGRAMS = "title_bi";
    static final String LABELS = "labels";
    static final String LABELS_BIGRAMS = "labels_bi";
    static final String BODY = "body";
    static final String BODY_BIGRAMS = "body_bi";
    /** Neighbouring non-CJK words of the body as one term each (WordPairs), for quoted phrases. */
    static final String BODY_PAIRS = "body_pairs";
    static final String TAG_ID = "tag_id";
    static final String CATEGORY_ID = "category_id";
    static final String AUTHOR_ID = "author_id";
    static final String DRAFT = "draft";
    static final String VISIBLE_AT = "visible_at";
    static final String PUBLISHED_AT = "published_at";
    static final String EXCERPT = "excerpt";
    static final String SUMMARIES = "summaries";
    /**
     * The stored fields a hit shows: all but the body, which only its snippet is made from (SearchService reads both
     * in one go, with {@link Highlighting#SOURCES}).
     */
    static final Set<String> SHOWN = Set.of(ID, PAGE_ID, KIND, PATH, SLUG, TITLE_BIGRAMS, EXCERPT, PUBLISHED_AT,
            SUMMARIES);

    /** Stored with offsets in the postings, so the highlighter needs no re-analysis of long bodies. */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    /** Tags and categories as they are shown in a hit. */
    record Summaries(List<TagSummary> tags, List<CategorySummary> categories) {
    }

    private SearchFields() {
    }

    static boolean isBigram(String field) {
        return field.endsWith("_bi");
    }

    static Document document(PostView post) {
        return document(post, List.of());
    }

    /** The post's document; {@code aliases} are its tags' and categories' names in other languages. */
    static Document document(PostView post, List<String> aliases) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(post.id()), Field.Store.YES));
        doc.add(new StringField(KIND, SearchType.POST.wireName(), Field.Store.YES));
        // Ties in score are broken by id, so a cursor names one position.
        doc.add(new NumericDocValuesField(ID, post.id()));
        StringBuilder labels = new StringBuilder();
        for (TagSummary tag : post.tags()) {
            labels.append(tag.name()).append('\n');
            doc.add(new StringField(TAG_ID, Long.toString(tag.id()), Field.Store.NO));
        }
        for (CategorySummary category : post.categories()) {
            labels.append(String.join(" ", category.path())).append('\n');
            doc.add(new StringField(CATEGORY_ID, Long.toString(category.id()), Field.Store.NO));
        }
        // Author names are found like tag names: a search for "老范" finds his posts.
        authors(doc, labels, post.authors());
        aliases.forEach(alias -> labels.append(alias).append('\n'));
        ForgivingFields.add(doc, post, aliases);
        text(doc, post.slug(), post.title(), post.html(), labels.toString(), post.excerpt());
        visibility(doc, post.status() == PostStatus.DRAFT, post.publishedAt());
        summaries(doc, new Summaries(post.tags(), post.categories()));
        return doc;
    }

    /**
     * The page's document: searched like a post (title, body, author names) but with no tags or categories, so a
     * tag or category filter never finds it. Its sort key is the negated id, so that (score, key) stays one order
     * over posts and pages together and a cursor names one position.
     */
    static Document document(PageView page) {
        Document doc = new Document();
        doc.add(new StringField(PAGE_ID, Long.toString(page.id()), Field.Store.YES));
        // Lucene keeps one schema per field name across the index: the id field must be indexed here as in a post's
        // document (a doc-values-only id made every later post write fail). "page-" keeps it apart from post keys.
        doc.add(new StringField(ID, "page-" + page.id(), Field.Store.YES));
        doc.add(new StringField(KIND, SearchType.PAGE.wireName(), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, -page.id()));
        page.path().forEach(slug -> doc.add(new StoredField(PATH, slug)));
        StringBuilder labels = new StringBuilder();
        authors(doc, labels, page.authors());
        ForgivingFields.addPage(doc, page.title());
        text(doc, page.slug(), page.title(), page.html(), labels.toString(), page.excerpt());
        visibility(doc, page.status() == PageStatus.DRAFT, page.publishedAt());
        summaries(doc, new Summaries(List.of(), List.of()));
        return doc;
    }

    private static void authors(Document doc, StringBuilder labels, List<AuthorSummary> authors) {
        for (AuthorSummary author : authors) {
            labels.append(author.name()).append('\n');
            doc.add(new StringField(AUTHOR_ID, Long.toString(author.id()), Field.Store.NO));
        }
    }

    private static void text(Document doc, String slug, String title, String html, String labels, String excerpt) {
        doc.add(new StoredField(SLUG, slug));
        doc.add(new TextField(TITLE, title, Field.Store.NO));
        doc.add(new Field(TITLE_BIGRAMS, title, HIGHLIGHTED));
        String body = html == null ? "" : Jsoup.parse(html).text();
        WordPairs.add(doc, body);
        doc.add(new Field(BODY_BIGRAMS, body, HIGHLIGHTED));
        doc.add(new TextField(LABELS, labels, Field.Store.NO));
        doc.add(new TextField(LABELS_BIGRAMS, labels, Field.Store.NO));
        doc.add(new StoredField(EXCERPT, excerpt));
    }

    private static void visibility(Document doc, boolean draft, Instant publishedAt) {
        if (draft) {
            doc.add(new StringField(DRAFT, "true", Field.Store.NO));
        } else {
            // Scheduled posts and pages carry their time and become visible when it comes, without a write.
            doc.add(new LongPoint(VISIBLE_AT, SearchService.micros(publishedAt)));
        }
        if (publishedAt != null) {
            doc.add(new LongPoint(PUBLISHED_AT, SearchService.micros(publishedAt)));
            // Stored as microseconds, the database's precision: parsing the text form back was about 1% of a
            // search's CPU. Text only for a time finer than that, and in indexes written before (read alike).
            doc.add(publishedAt.getNano() % 1000 == 0
                    ? new StoredField(PUBLISHED_AT, SearchService.micros(publishedAt))
                    : new StoredField(PUBLISHED_AT, publishedAt.toString()));
        }
    }

    private static void summaries(Document doc, Summaries summaries) {
        try {
            doc.add(new StoredField(SUMMARIES, JSON.writeValueAsString(summaries)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SearchType type(Document doc) {
        return SearchType.PAGE.wireName().equals(doc.get(KIND)) ? SearchType.PAGE : SearchType.POST;
    }

    /** The post's or page's id, as the hit shows it. */
    static long id(Document doc) {
        return Long.parseLong(doc.get(type(doc) == SearchType.PAGE ? PAGE_ID : ID));
    }

    /** A page's path, null for a post. */
    static List<String> path(Document doc) {
        return type(doc) == SearchType.PAGE ? List.of(doc.getValues(PATH)) : null;
    }

    static Summaries summaries(Document doc) {
        try {
            return JSON.readValue(doc.get(SUMMARIES), Summaries.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored summaries", e);
        }
    }

    static Instant publishedAt(Document doc) {
        IndexableField field = doc.getField(PUBLISHED_AT);
        if (field == null) {
            return null;
        }
        Number micros = field.numericValue();
        return micros == null ? Instant.parse(field.stringValue()) : SearchService.instant(micros.longValue());
    }
}
