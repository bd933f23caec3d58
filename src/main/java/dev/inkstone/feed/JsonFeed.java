package dev.inkstone.feed;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON Feed 1.1 (jsonfeed.org/version/1.1): its names are snake_case, unlike the rest of the API. */
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document", requiredProperties = { "version", "title",
        "items" })
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(
        @Schema(examples = "https://jsonfeed.org/version/1.1") String version,
        @Schema(examples = "Inkstone · 机器学习") String title,
        @JsonProperty("home_page_url") @Schema(nullable = true) String homePageUrl,
        @JsonProperty("feed_url") @Schema(nullable = true) String feedUrl,
        @Schema(nullable = true) String description,
        List<Item> items) {

    static final String FILE = "feed.json";
    static final String MEDIA_TYPE = "application/feed+json";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** One post. */
    @Schema(name = "JsonFeedItem", requiredProperties = { "id" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            @Schema(description = "The post's permalink, which never changes for a post") String id,
            @Schema(nullable = true) String url,
            @Schema(nullable = true) String title,
            @JsonProperty("content_html") @Schema(nullable = true, description = "Sanitized HTML, links absolute")
            String contentHtml,
            @Schema(nullable = true) String summary,
            @JsonProperty("date_published") @Schema(nullable = true) Instant datePublished,
            @JsonProperty("date_modified") @Schema(nullable = true) Instant dateModified,
            @Schema(nullable = true) List<Author> authors,
            @Schema(nullable = true, description = "Names of the post's tags and categories") List<String> tags) {
    }

    /** An author by name. */
    @Schema(name = "JsonFeedAuthor")
    record Author(String name) {
    }

    static JsonFeed of(Feed feed) {
        return new JsonFeed(VERSION, feed.title(), feed.pageUrl(), feed.selfBase() + FILE, feed.description(),
                feed.entries().stream().map(e -> new Item(e.url(), e.url(), e.title(), e.html(), e.summary(),
                        e.published(), e.updated(), e.authors().isEmpty() ? null : e.authors().stream().map(Author::new).toList(),
                        e.categories())).toList());
    }
}
