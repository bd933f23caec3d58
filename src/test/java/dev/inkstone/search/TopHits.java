package dev.inkstone.search;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** A query's top hits with their stored fields, read as SearchService reads them before highlighting. */
record TopHits(int[] docs, Document[] loaded) {

    static TopHits of(IndexSearcher searcher, Query query, int count) throws IOException {
        ScoreDoc[] found = searcher.search(query, count).scoreDocs;
        int[] docs = new int[found.length];
        Document[] loaded = new Document[found.length];
        for (int i = 0; i < found.length; i++) {
            docs[i] = found[i].doc;
            loaded[i] = searcher.storedFields().document(docs[i]);
        }
        return new TopHits(docs, loaded);
    }
}
