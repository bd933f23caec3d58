package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;

/**
 * Letters are read as pinyin unless at least one post in a hundred has them as the word they spell: "model" is the
 * English word, not 模的了 (mo de l…); "beijing", which few posts write in Latin letters, still finds 北京.
 */
@DatabaseIndependent
class ForgivingPinyinTest {

    private static final int POSTS = 150;

    @Test
    void aWordManyPostsHaveIsThatWordNotItsPinyin() throws IOException {
        // model in 2 of 150 posts (over one in a hundred); 模的了解 reads mo de liao jie.
        assertEquals(Set.of(2L, 3L), hits("model", id -> switch (id) {
            case 1 -> post(1, "模的了解", "正文");
            case 2, 3 -> post(id, "第 " + id + " 篇", "a model of the data");
            default -> post(id, "第 " + id + " 篇", "正文");
        }));
    }

    @Test
    void aRareWordKeepsItsPinyinReading() throws IOException {
        // model in 1 of 150 posts: under one in a hundred, so 模的了解 is still found by its reading.
        assertEquals(Set.of(1L, 2L), hits("model", id -> switch (id) {
            case 1 -> post(1, "模的了解", "正文");
            case 2 -> post(2, "第 2 篇", "a model of the data");
            default -> post(id, "第 " + id + " 篇", "正文");
        }));
        // A place name written in Latin letters in one post, in Chinese in the title of another.
        assertEquals(Set.of(1L, 2L), hits("beijing", id -> switch (id) {
            case 1 -> post(1, "北京的秋天", "天气很好");
            case 2 -> post(2, "Autumn", "a trip to Beijing");
            default -> post(id, "第 " + id + " 篇", "正文");
        }));
    }

    @Test
    void aWordNoPostHasIsReadAsPinyin() throws IOException {
        assertEquals(Set.of(1L), hits("beijing", id -> id == 1 ? post(1, "北京的秋天", "天气很好")
                : post(id, "第 " + id + " 篇", "正文")));
    }

    /** The ids of the posts the query finds among {@link #POSTS} made by {@code posts}. */
    private static Set<Long> hits(String q, IntFunction<Document> posts) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.INDEX))) {
                for (int id = 1; id <= POSTS; id++) {
                    writer.addDocument(posts.apply(id));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ForgivingQuery query = new ForgivingQuery(SearchQuery.parse(q), reader,
                        new Synonyms(Optional.empty()));
                Set<Long> ids = new TreeSet<>();
                for (ScoreDoc hit : searcher.search(query.all(), POSTS).scoreDocs) {
                    ids.add(SearchFields.id(searcher.storedFields().document(hit.doc)));
                }
                return ids;
            }
        }
    }

    private static Document post(long id, String title, String body) {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        return SearchFields.document(new PostView(id, "p" + id, title, PostStatus.PUBLISHED, at, at, at, body,
                "<p>" + body + "</p>", body, 1, 1, null, List.of(), List.of(), null, List.of(), null, 1));
    }
}
