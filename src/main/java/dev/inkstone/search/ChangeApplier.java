package dev.inkstone.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import dev.inkstone.content.ChangeLog;
import dev.inkstone.page.PageService;
import dev.inkstone.page.PageView;
import dev.inkstone.post.PostSync;
import dev.inkstone.post.PostView;

/**
 * Turns change-log rows and post or page ids into document writes: a post or page is rewritten from its current
 * view or deleted, and a changed tag, category or author rewrites the posts (and, for an author, the pages) that
 * carry it (their names are indexed). Idempotent, so replaying part of the log is harmless.
 */
final class ChangeApplier {

    static final int VIEW_BATCH = 200;

    private final PostSync posts;
    private final PageService pages;
    private final LabelAliases aliases;

    ChangeApplier(PostSync posts, PageService pages, LabelAliases aliases) {
        this.posts = posts;
        this.pages = pages;
        this.aliases = aliases;
    }

    void apply(IndexWriter writer, List<ChangeLog.Logged> rows) throws IOException {
        Set<Long> postIds = new LinkedHashSet<>();
        Set<Long> pageIds = new LinkedHashSet<>();
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
                case PAGE -> {
                    if (row.deleted()) {
                        writer.deleteDocuments(pageKey(row.id()));
                    } else {
                        pageIds.add(row.id());
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
                carrying(searcher, SearchFields.TAG_ID, tagIds, postIds, pageIds);
                carrying(searcher, SearchFields.CATEGORY_ID, categoryIds, postIds, pageIds);
                carrying(searcher, SearchFields.AUTHOR_ID, authorIds, postIds, pageIds);
            }
        }
        List<Long> ids = new ArrayList<>(postIds);
        for (int from = 0; from < ids.size(); from += VIEW_BATCH) {
            reindex(writer, ids.subList(from, Math.min(ids.size(), from + VIEW_BATCH)));
        }
        List<Long> changedPages = new ArrayList<>(pageIds);
        for (int from = 0; from < changedPages.size(); from += VIEW_BATCH) {
            reindexPages(writer, changedPages.subList(from, Math.min(changedPages.size(), from + VIEW_BATCH)));
        }
    }

    /** Adds the posts and pages whose documents carry any of the ids in the field to the sets. */
    private static void carrying(IndexSearcher searcher, String field, List<String> ids, Set<Long> postIds,
            Set<Long> pageIds) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        TermInSetQuery query = new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList());
        int count = searcher.count(query);
        if (count == 0) {
            return;
        }
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            (SearchFields.type(doc) == SearchType.PAGE ? pageIds : postIds).add(SearchFields.id(doc));
        }
    }

    private static Term pageKey(long id) {
        return new Term(SearchFields.PAGE_ID, Long.toString(id));
    }

    /** Rewrites the documents of these pages from their current views; a page gone meanwhile is deleted. */
    int reindexPages(IndexWriter writer, List<Long> ids) throws IOException {
        Map<Long, PageView> views = pages.views(ids, true);
        for (Long id : ids) {
            PageView view = views.get(id);
            if (view == null) {
                writer.deleteDocuments(pageKey(id));
            } else {
                writer.updateDocument(pageKey(id), SearchFields.document(view));
            }
        }
        return views.size();
    }

    /** Writes the documents of these pages, read in full (a rebuild). */
    static void indexPages(IndexWriter writer, List<PageView> views) throws IOException {
        for (PageView view : views) {
            writer.updateDocument(pageKey(view.id()), SearchFields.document(view));
        }
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
