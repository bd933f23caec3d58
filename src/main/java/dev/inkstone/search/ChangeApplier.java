package dev.inkstone.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import dev.inkstone.content.ChangeLog;
import dev.inkstone.post.PostSync;
import dev.inkstone.post.PostView;

/**
 * Turns change-log rows and post ids into document writes: a post is rewritten from its current view or deleted, and
 * a changed tag, category or author rewrites the posts that carry it (their names are indexed). Idempotent, so replaying part
 * of the log is harmless.
 */
final class ChangeApplier {

    static final int VIEW_BATCH = 200;

    private final PostSync posts;
    private final LabelAliases aliases;

    ChangeApplier(PostSync posts, LabelAliases aliases) {
        this.posts = posts;
        this.aliases = aliases;
    }

    void apply(IndexWriter writer, List<ChangeLog.Logged> rows) throws IOException {
        Set<Long> postIds = new LinkedHashSet<>();
        List<String> tagIds = new ArrayList<>();
        List<String> categoryIds = new ArrayList<>();
        List<String> authorIds = new ArrayList<>();
        for (ChangeLog.Logged row : rows) {
            switch (row.type()) {
                case POST -> {
                    if (row.deleted()) {
                        writer.deleteDocuments(new Term(SearchFields.ID, Long.toString(row.id())));
                    } else {
                        postIds.add(row.id());
                    }
                }
                case TAG -> tagIds.add(Long.toString(row.id()));
                case CATEGORY -> categoryIds.add(Long.toString(row.id()));
                case AUTHOR -> authorIds.add(Long.toString(row.id()));
                default -> { }
            }
        }
        if (!tagIds.isEmpty() || !categoryIds.isEmpty() || !authorIds.isEmpty()) {
            // The index itself says which posts carried a changed or deleted tag or category.
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                postIds.addAll(carrying(searcher, SearchFields.TAG_ID, tagIds));
                postIds.addAll(carrying(searcher, SearchFields.CATEGORY_ID, categoryIds));
                postIds.addAll(carrying(searcher, SearchFields.AUTHOR_ID, authorIds));
            }
        }
        List<Long> ids = new ArrayList<>(postIds);
        for (int from = 0; from < ids.size(); from += VIEW_BATCH) {
            reindex(writer, ids.subList(from, Math.min(ids.size(), from + VIEW_BATCH)));
        }
    }

    private static List<Long> carrying(IndexSearcher searcher, String field, List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        TermInSetQuery query = new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList());
        int count = searcher.count(query);
        if (count == 0) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            found.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(SearchFields.ID)));
        }
        return found;
    }

    /** Rewrites the documents of these posts from their current views; a post gone meanwhile is deleted. */
    int reindex(IndexWriter writer, List<Long> ids) throws IOException {
        Map<Long, PostView> views = posts.views(ids, true);
        Map<Long, List<String>> labelAliases = aliases.of(views.values());
        for (Long id : ids) {
            Term term = new Term(SearchFields.ID, Long.toString(id));
            PostView view = views.get(id);
            if (view == null) {
                writer.deleteDocuments(term);
            } else {
                writer.updateDocument(term, SearchFields.document(view, labelAliases.get(id)));
            }
        }
        return views.size();
    }
}
