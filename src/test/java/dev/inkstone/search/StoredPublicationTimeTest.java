package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;

/** A hit's publication time comes back from the index as the post had it, however it was stored. */
@DatabaseIndependent
class StoredPublicationTimeTest {

    private static PostView post(long id, Instant at, PostStatus status) {
        return new PostView(id, "p" + id, "title " + id, status, at, at, at, "text", "<p>text</p>", "", 1, 1, null,
                List.of(), List.of(), null, List.of(), null, 1);
    }

    /** The documents written and read back through an index, in order. */
    private static List<Document> roundTrip(List<Document> documents) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.INDEX))) {
                for (Document document : documents) {
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                List<Document> read = new ArrayList<>();
                for (int doc = 0; doc < documents.size(); doc++) {
                    read.add(reader.storedFields().document(doc));
                }
                return read;
            }
        }
    }

    @Test
    void microsecondsBeforeAndAfter1970AndFinerTimesComeBackExactly() throws IOException {
        List<Instant> times = List.of(Instant.parse("2024-03-01T08:30:15.123456Z"),
                Instant.parse("1969-07-20T20:17:40.000001Z"), Instant.parse("2026-12-08T00:00:00Z"),
                Instant.parse("2026-12-08T00:00:00.123456789Z"));
        List<Document> read = roundTrip(times.stream().map(at -> SearchFields.document(post(1, at,
                PostStatus.PUBLISHED))).toList());
        for (int i = 0; i < times.size(); i++) {
            assertEquals(times.get(i), SearchFields.publishedAt(read.get(i)));
        }
        // The database's precision is stored as a number, a finer time as text.
        assertEquals(Long.class, read.get(0).getField(SearchFields.PUBLISHED_AT).numericValue().getClass());
        assertNull(read.get(3).getField(SearchFields.PUBLISHED_AT).numericValue());
    }

    @Test
    void anIndexOfTheEarlierSchemaAnswersWithItsTextTimesDuringTheRebuild() throws IOException {
        Document earlier = new Document();
        earlier.add(new StoredField(SearchFields.PUBLISHED_AT, "2024-03-01T08:30:15.123456Z"));
        Document draft = SearchFields.document(post(2, null, PostStatus.DRAFT));
        List<Document> read = roundTrip(List.of(earlier, draft));
        assertEquals(Instant.parse("2024-03-01T08:30:15.123456Z"), SearchFields.publishedAt(read.get(0)));
        assertNull(SearchFields.publishedAt(read.get(1)));
    }
}
