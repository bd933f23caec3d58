package dev.inkstone.sitemap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.author.AuthorService;
import dev.inkstone.category.CategoryService;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.feed.SiteLinks;
import dev.inkstone.page.PageService;
import dev.inkstone.post.PostIdBlock;
import dev.inkstone.post.PublishedPostStamps;
import dev.inkstone.tag.TagService;

/**
 * What search engines may crawl, as sitemaps.org files of at most {@code page-size} URLs. Posts come in blocks of
 * consecutive ids (a primary-key range per file, however many posts there are); tags, categories, pages and authors,
 * which are few, in pages of the public lists by id. Only what anonymous readers see is listed: published posts and
 * pages, tags a published post carries, categories holding one in their subtree, authors of a published post.
 * Nothing marked {@code seo.noindex} is listed, filtered in each query, so the index never announces a file the
 * filter would leave empty.
 */
@ApplicationScoped
@Transactional
public class SitemapService {

    /** A sitemap file as the index lists it; {@code lastmod} null when not known without reading the file. */
    record Sitemap(String path, Instant lastmod) {
    }

    /** One URL of a sitemap file. */
    record Url(String loc, Instant lastmod) {
    }

    private final PublishedPostStamps posts;
    private final TagService tags;
    private final CategoryService categories;
    private final SiteLinks links;
    private final int size;
    private final PageService pages;
    private final AuthorService authors;

    SitemapService(PublishedPostStamps posts, TagService tags, CategoryService categories, SiteLinks links,
            SitemapConfig config, PageService pages, AuthorService authors) {
        this.pages = pages;
        this.authors = authors;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.links = links;
        this.size = config.pageSize();
    }

    List<Sitemap> index() {
        links.requireBase();
        List<Sitemap> files = new ArrayList<>();
        for (PostIdBlock block : posts.blocks(size)) {
            files.add(new Sitemap("/sitemaps/posts-" + block.number() + ".xml", block.lastUpdated()));
        }
        addPages(files, "tags", tags.indexable(new PageRequest(1, 1, null)));
        addPages(files, "categories", categories.indexable(new PageRequest(1, 1, null)));
        addPages(files, "pages", pages.published(new PageRequest(1, 1, null)));
        addPages(files, "authors", authors.indexable(new PageRequest(1, 1, null)));
        return files;
    }

    List<Url> posts(long block) {
        links.requireBase();
        List<Url> urls = posts.inBlock(block, size).stream()
                .map(post -> new Url(links.post(post.slug()), post.updatedAt())).toList();
        return nonEmpty(urls);
    }

    List<Url> tags(long page) {
        links.requireBase();
        return nonEmpty(read(page, tags::indexable, tag -> new Url(links.tag(tag.slug()), tag.updatedAt())));
    }

    List<Url> categories(long page) {
        links.requireBase();
        return nonEmpty(read(page, categories::indexable,
                category -> new Url(links.category(category.slug()), category.updatedAt())));
    }

    List<Url> pages(long page) {
        links.requireBase();
        return nonEmpty(read(page, pages::published, p -> new Url(links.page(p.path()), p.updatedAt())));
    }

    List<Url> authors(long page) {
        links.requireBase();
        return nonEmpty(read(page, authors::indexable,
                author -> new Url(links.author(author.slug()), author.updatedAt())));
    }

    private void addPages(List<Sitemap> files, String name, Page<?> first) {
        long pages = (first.page().totalItems() + size - 1) / size;
        for (long page = 1; page <= pages; page++) {
            files.add(new Sitemap("/sitemaps/" + name + "-" + page + ".xml", null));
        }
    }

    /** The URLs of one page of a list. */
    private <T> List<Url> read(long page, Function<PageRequest, Page<T>> list, Function<T, Url> url) {
        if (page * size > Integer.MAX_VALUE) {
            return List.of(); // past any list a database row count allows, and past an int offset
        }
        return list.apply(new PageRequest((int) page, size, null)).items().stream().map(url).toList();
    }

    /** A sitemap must list at least one URL (the schema's urlset); a file with none does not exist. */
    private static List<Url> nonEmpty(List<Url> urls) {
        if (urls.isEmpty()) {
            throw ApiException.notFound("No such sitemap");
        }
        return urls;
    }
}
