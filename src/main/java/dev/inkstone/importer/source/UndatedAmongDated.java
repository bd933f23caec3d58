package dev.inkstone.importer.source;

import java.util.ArrayList;
import java.util.List;

import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedSeo;
import dev.inkstone.importer.item.ImportedSite;
import dev.inkstone.post.PostStatus;

/**
 * Sits between the Markdown reader and the sink of a folder or zip: a file with no date anywhere (front matter, file
 * name, path) among dated posts is a template or a stub ({@code _template.md}, {@code TODO.md}), not a post to
 * publish today, so it is imported as a draft and its report line says why. In a folder of undated files the files
 * publish as before. Undated files met before the first dated one wait for it, at most {@value #HELD} of them: past
 * that the folder is taken as an undated one (and memory stays bounded); a dated post after that point turns only
 * the undated files after it into drafts.
 */
final class UndatedAmongDated implements ItemSink {

    static final int HELD = 50;
    static final String NOTE = "no date while other posts in this import have one: a template or stub, imported "
            + "as a draft";

    private final ItemSink sink;
    private final List<ImportedPost> held = new ArrayList<>();
    private boolean datedSeen;
    private boolean undatedFolder;

    UndatedAmongDated(ItemSink sink) {
        this.sink = sink;
    }

    @Override
    public void page(ImportedPage page) {
        sink.page(page);
    }

    @Override
    public void post(ImportedPost post) {
        if (post.publishedAt() != null) {
            datedSeen = true;
            held.forEach(each -> sink.post(asDraft(each)));
            held.clear();
            sink.post(post);
        } else if (post.status() != PostStatus.PUBLISHED) {
            sink.post(post); // already a draft (front matter draft: true)
        } else if (datedSeen) {
            sink.post(asDraft(post));
        } else if (undatedFolder) {
            sink.post(post);
        } else {
            held.add(post);
            if (held.size() >= HELD) {
                undatedFolder = true;
                flush();
            }
        }
    }

    /** Sends what still waits, as it is: no dated post came. Call at the end of the folder or zip. */
    void flush() {
        held.forEach(sink::post);
        held.clear();
    }

    private static ImportedPost asDraft(ImportedPost post) {
        List<String> notes = new ArrayList<>(post.notes());
        // "published at import time" no longer holds.
        notes.removeIf(note -> note.startsWith("no date"));
        notes.add(NOTE);
        return new ImportedPost(post.sourceKey(), post.title(), post.slug(), PostStatus.DRAFT, null, post.markdown(),
                post.excerpt(), post.tags(), post.categories(), post.authors(), post.sourceUrl(), post.featured(),
                notes, post.seo());
    }

    @Override
    public void total(int items) {
        sink.total(items);
    }

    @Override
    public void category(String sourceKey, List<ImportedPost.TermRef> path, String description, ImportedSeo seo) {
        sink.category(sourceKey, path, description, seo);
    }

    @Override
    public void tag(String sourceKey, ImportedPost.TermRef tag, String description, ImportedSeo seo) {
        sink.tag(sourceKey, tag, description, seo);
    }

    @Override
    public void site(ImportedSite site) {
        sink.site(site);
    }

    @Override
    public void author(ImportedAuthor author) {
        sink.author(author);
    }

    @Override
    public void attachment(String sourceKey, String title, String url, ImageMeta meta) {
        sink.attachment(sourceKey, title, url, meta);
    }

    @Override
    public void skip(String type, String sourceKey, String title, String reason) {
        sink.skip(type, sourceKey, title, reason);
    }
}
