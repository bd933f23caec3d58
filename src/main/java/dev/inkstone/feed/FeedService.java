package dev.inkstone.feed;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.category.CategoryService;
import dev.inkstone.author.AuthorService;
import dev.inkstone.author.AuthorSummary;
import dev.inkstone.author.AuthorView;
import dev.inkstone.category.CategorySummary;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.post.PostFilters;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;
import dev.inkstone.post.StatusFilter;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;
import dev.inkstone.tag.TagView;

/**
 * The newest published posts as a feed, read through the post list (one page, the list's fixed number of
 * statements, ix_post_visible_at), so scheduled and draft posts never appear. A tag or category no anonymous
 * reader may see is a 404, as in the JSON API.
 */
@ApplicationScoped
@Transactional
public class FeedService {

    /** An empty feed still needs an Atom {@code updated}; a fixed one keeps its ETag stable. */
    private static final Instant NEVER = Instant.EPOCH;

    private final PostService posts;
    private final TagService tags;
    private final CategoryService categories;
    private final SiteLinks links;

    private final AuthorService authors;

    FeedService(PostService posts, TagService tags, CategoryService categories, SiteLinks links,
            AuthorService authors) {
        this.authors = authors;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.links = links;
    }

    Feed site(int limit) {
        links.requireBase();
        return feed(links.title(), links.title(), links.home(), "/feeds/", new PostFilters(), limit);
    }

    Feed tag(String slug, int limit) {
        links.requireBase();
        TagView tag = tags.getBySlug(slug, true);
        PostFilters filters = new PostFilters();
        filters.tag = List.of(tag.slug());
        return feed(links.title() + " · " + tag.name(), description(tag.description(), tag.name()),
                links.tag(tag.slug()), "/feeds/tag/" + SiteLinks.encode(tag.slug()) + "/", filters, limit);
    }

    /** An author's posts; an author of no published post is a 404, as in GET /api/v1/authors/slug/{slug}. */
    Feed author(String slug, int limit) {
        links.requireBase();
        AuthorView author = authors.getBySlug(slug, true);
        PostFilters filters = new PostFilters();
        filters.author = List.of(author.slug());
        return feed(links.title() + " · " + author.name(), author.name(), links.author(author.slug()),
                "/feeds/author/" + SiteLinks.encode(author.slug()) + "/", filters, limit);
    }

    /** The category's subtree, as the post list's category filter reads it. */
    Feed category(String slug, int limit) {
        links.requireBase();
        CategoryView category = categories.getBySlug(slug, true);
        PostFilters filters = new PostFilters();
        filters.category = category.slug();
        return feed(links.title() + " · " + String.join(" / ", category.path()),
                description(category.description(), category.name()), links.category(category.slug()),
                "/feeds/category/" + SiteLinks.encode(category.slug()) + "/", filters, limit);
    }

    private Feed feed(String title, String description, String pageUrl, String selfPath, PostFilters filters,
            int limit) {
        // Feeds are public: a tag or category no published post uses reads as unknown here too.
        List<PostView> newest = posts.list(new PageRequest(1, limit, null), StatusFilter.PUBLISHED, filters, true,
                true).items();
        List<Feed.Entry> entries = newest.stream().map(this::entry).toList();
        Instant updated = newest.stream().map(PostView::updatedAt).max(Instant::compareTo).orElse(NEVER);
        return new Feed(title, description, pageUrl, links.absolute(selfPath), updated, entries);
    }

    private Feed.Entry entry(PostView post) {
        String url = links.post(post.slug());
        Set<String> names = new LinkedHashSet<>();
        post.tags().stream().map(TagSummary::name).forEach(names::add);
        post.categories().stream().map(CategorySummary::name).forEach(names::add);
        return new Feed.Entry(url, post.title(), post.excerpt(), AbsoluteLinks.resolve(post.html(), url),
                post.publishedAt(), post.updatedAt(), post.authors().stream().map(AuthorSummary::name).toList(),
                List.copyOf(names));
    }

    private static String description(String description, String name) {
        return description == null || description.isBlank() ? name : description;
    }
}
