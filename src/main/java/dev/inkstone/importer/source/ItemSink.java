package dev.inkstone.importer.source;

import java.util.List;

import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.item.ImportedSite;

/** Where a reader sends what it finds, in source order; the job runner writes each item in its own transaction. */
public interface ItemSink {

    /** The number of items the reader will send, once it knows (for progress). */
    void total(int items);

    /** A category definition with its path from the root (the last entry is the category itself). */
    void category(String sourceKey, List<ImportedPost.TermRef> path, String description, ImportedSeo seo);

    /** A category without SEO fields. */
    default void category(String sourceKey, List<ImportedPost.TermRef> path, String description) {
        category(sourceKey, path, description, null);
    }

    /** A tag definition. */
    void tag(String sourceKey, ImportedPost.TermRef tag, String description, ImportedSeo seo);

    /** A tag without SEO fields. */
    default void tag(String sourceKey, ImportedPost.TermRef tag, String description) {
        tag(sourceKey, tag, description, null);
    }

    /**
     * The site settings the source carries (sent after the posts, so navigation finds them). Only written into
     * settings that are still empty.
     */
    void site(ImportedSite site);

    /**
     * An author with its biography, website, avatar and SEO fields (an export's author list), sent before the posts
     * and pages whose bylines name it, so they find it complete.
     */
    void author(ImportedAuthor author);

    void post(ImportedPost post);

    /** A standalone page; sources send a page's parent before it. */
    void page(ImportedPage page);

    /**
     * An image the source lists on its own (a WXR attachment, an image file in a zip, an export's image); its bytes
     * may come with the import or not. Sent before the posts, so posts find the images already stored.
     */
    void attachment(String sourceKey, String title, String url, ImageMeta meta);

    /** Something the source holds that is not imported, with the reason. */
    void skip(String type, String sourceKey, String title, String reason);

    /** Something the source holds that could not be read (a broken page of a site's list), with the reason. */
    default void failed(String type, String sourceKey, String title, String reason) {
        skip(type, sourceKey, title, reason);
    }
}
