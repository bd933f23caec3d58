package dev.inkstone.importer.source;

import java.util.ArrayList;
import java.util.List;

import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.item.ImportedSite;

/** Keeps everything a reader sends, for unit tests of the readers. */
final class CollectingSink implements ItemSink {

    Integer total;
    final List<List<ImportedPost.TermRef>> categories = new ArrayList<>();
    final List<ImportedPost.TermRef> tags = new ArrayList<>();
    final List<ImportedPost> posts = new ArrayList<>();
    final List<dev.inkstone.importer.item.ImportedPage> pages = new ArrayList<>();
    final List<String> attachments = new ArrayList<>();
    final List<String[]> skips = new ArrayList<>();
    final List<ImportedSeo> termSeo = new ArrayList<>();
    final List<dev.inkstone.importer.item.ImportedAuthor> authors = new ArrayList<>();
    ImportedSite site;

    @Override
    public void total(int items) {
        total = items;
    }

    @Override
    public void category(String sourceKey, List<ImportedPost.TermRef> path, String description, ImportedSeo seo) {
        categories.add(path);
        termSeo.add(seo);
    }

    @Override
    public void tag(String sourceKey, ImportedPost.TermRef tag, String description, ImportedSeo seo) {
        tags.add(tag);
        termSeo.add(seo);
    }

    @Override
    public void site(ImportedSite site) {
        this.site = site;
    }

    @Override
    public void author(dev.inkstone.importer.item.ImportedAuthor author) {
        authors.add(author);
    }

    @Override
    public void page(dev.inkstone.importer.item.ImportedPage page) {
        pages.add(page);
    }

    @Override
    public void post(ImportedPost post) {
        posts.add(post);
    }

    @Override
    public void attachment(String sourceKey, String title, String url, ImageMeta meta) {
        attachments.add(url);
    }

    @Override
    public void skip(String type, String sourceKey, String title, String reason) {
        skips.add(new String[] { type, sourceKey, title, reason });
    }

    ImportedPost post(String title) {
        return posts.stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no post titled " + title));
    }
}
