package dev.inkstone.search;

import java.time.Instant;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.jsoup.Jsoup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.author.AuthorSummary;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagSummary;

/**
 * The index's fields and how a post becomes a document. A hit is answered from stored fields alone, so a search
 * costs no database query; the indexer rewrites a post's document whenever the post, one of its tags, categories or
 * authors changes.
 */
final class SearchFields {

    /** Bumped when fields or analysis change: an index of another version is rebuilt on start. */
    static final String SCHEMA = "2";

    /** The schema an index records: with aliases configured off its documents differ, so switching rebuilds. */
    static String schema(boolean aliases) {
        return aliases ? SCHEMA : SCHEMA + "-no-aliases";
    }

    static final String ID = "id";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String TITLE_BIGRAMS = "title_bi";
    static final String LABELS = "labels";
    static final String LABELS_BIGRAMS = "labels_bi";
    static final String BODY = "body";
    static final String BODY_BIGRAMS = "body_bi";
    static final String TAG_ID = "tag_id";
    static final String CATEGORY_ID = "category_id";
    static final String AUTHOR_ID = "author_id";
    static final String DRAFT = "draft";
    static final String VISIBLE_AT = "visible_at";
    static final String PUBLISHED_AT = "published_at";
    static final String EXCERPT = "excerpt";
    static final String SUMMARIES = "summaries";

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
        // Ties in score are broken by id, so a cursor names one position.
        doc.add(new NumericDocValuesField(ID, post.id()));
        doc.add(new StoredField(SLUG, post.slug()));
        doc.add(new TextField(TITLE, post.title(), Field.Store.NO));
        doc.add(new Field(TITLE_BIGRAMS, post.title(), HIGHLIGHTED));
        String body = post.html() == null ? "" : Jsoup.parse(post.html()).text();
        doc.add(new TextField(BODY, body, Field.Store.NO));
        doc.add(new Field(BODY_BIGRAMS, body, HIGHLIGHTED));
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
        for (AuthorSummary author : post.authors()) {
            labels.append(author.name()).append('\n');
            doc.add(new StringField(AUTHOR_ID, Long.toString(author.id()), Field.Store.NO));
        }
        aliases.forEach(alias -> labels.append(alias).append('\n'));
        ForgivingFields.add(doc, post, aliases);
        doc.add(new TextField(LABELS, labels.toString(), Field.Store.NO));
        doc.add(new TextField(LABELS_BIGRAMS, labels.toString(), Field.Store.NO));
        if (post.status() == PostStatus.DRAFT) {
            doc.add(new StringField(DRAFT, "true", Field.Store.NO));
        } else {
            // Scheduled posts carry their time and become visible when it comes, without a write.
            doc.add(new LongPoint(VISIBLE_AT, SearchService.micros(post.publishedAt())));
        }
        if (post.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED_AT, SearchService.micros(post.publishedAt())));
            doc.add(new StoredField(PUBLISHED_AT, post.publishedAt().toString()));
        }
        doc.add(new StoredField(EXCERPT, post.excerpt()));
        try {
            doc.add(new StoredField(SUMMARIES,
                    JSON.writeValueAsString(new Summaries(post.tags(), post.categories()))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return doc;
    }

    static Summaries summaries(Document doc) {
        try {
            return JSON.readValue(doc.get(SUMMARIES), Summaries.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored summaries", e);
        }
    }

    static Instant publishedAt(Document doc) {
        String value = doc.get(PUBLISHED_AT);
        return value == null ? null : Instant.parse(value);
    }
}
