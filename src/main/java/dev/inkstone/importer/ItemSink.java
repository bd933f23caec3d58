package dev.inkstone.importer;

import java.util.List;

/** Where a reader sends what it finds, in source order; the job runner writes each item in its own transaction. */
interface ItemSink {

    /** The number of items the reader will send, once it knows (for progress). */
    void total(int items);

    /** A category definition with its path from the root (the last entry is the category itself). */
    void category(String sourceKey, List<ImportedPost.TermRef> path, String description);

    /** A tag definition. */
    void tag(String sourceKey, ImportedPost.TermRef tag, String description);

    void post(ImportedPost post);

    /** An attachment or image the source names; its bytes may come with the upload (a zip entry) or not. */
    void attachment(String sourceKey, String title, String url);

    /** Something the source holds that is not imported, with the reason. */
    void skip(String type, String sourceKey, String title, String reason);
}
