package dev.inkstone.search;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.http.PagedResponse;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageParameters;
import dev.inkstone.post.StatusFilter;

/** Full-text search over HTTP. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    static final String INDEX_HEADER = "X-Search-Index";

    private final SearchService search;
    private final SecurityIdentity identity;

    SearchResource(SearchService search, SecurityIdentity identity) {
        this.search = search;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Search posts and pages", description = "Posts (type=post, the default), pages (type=page) "
            + "or both (type=post,page) ranked by relevance to q (matches in the title and in "
            + "tag and category names weigh more than in the body), with highlighted snippets. Chinese is found "
            + "without spaces (any run of two or more characters, and single characters), Traditional characters "
            + "find Simplified ones and back, English words are stemmed, \"quoted phrases\" must match as written. "
            + "Filters and paging as in post lists (pages have no tags or categories: a tag or category filter finds "
            + "no page); a cursor continues in relevance order. Each hit says its type, and a page's its path. "
            + "Anonymous callers find published posts and pages only. Hits are counted exactly up to 1,000; past "
            + "that page.totalItemsExact is false and totalItems and X-Total-Count are a lower bound. Anonymous "
            + "answers are cached like list reads until the content changes. An answer from an index that has not yet taken in the latest writes (a "
            + "bulk import still being indexed, or a rebuild answered from the older index) carries "
            + "X-Search-Index: behind and is not cached. 503 with Retry-After while the index is being built with "
            + "no older one to answer from. Forgiving: synonyms (手机 finds "
            + "移动端, 軟體 finds 软件), pinyin of titles and labels (shujuku, sjk), the last word as a prefix "
            + "(elasticsea), English typos (javascirpt), tag and category aliases in other languages; when fewer "
            + "than 5 posts have every word, also posts with most of them, marked relaxed: true.")
    @APIResponse(responseCode = "200", description = "A page of hits, best first", headers = {
            @Header(name = "X-Total-Count", ref = "XTotalCount"), @Header(name = "Link", ref = "Link"),
            @Header(name = "X-Search-Index", description = "\"behind\" when the index had not taken in every "
                    + "write yet; absent otherwise", schema = @Schema(type = SchemaType.STRING,
                            enumeration = "behind")) },
            content = @Content(schema = @Schema(implementation = SearchPage.class),
                    examples = { @ExampleObject(name = "chinese", value = SearchExamples.PAGE),
                            @ExampleObject(name = "relaxed", summary = "Few posts have every word: also those with most",
                                    value = SearchExamples.RELAXED),
                            @ExampleObject(name = "pages", summary = "type=post,page: a page and a post together",
                                    value = SearchExamples.PAGES) }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public RestResponse<SearchPage> searchPosts(@BeanParam PageParameters paging,
            @BeanParam SearchFilters filters, @Context UriInfo uri) {
        StatusFilter status = StatusFilter.requested(filters.status, identity);
        SearchService.Result result = search.search(filters, status, paging.toRequest(),
                !identity.hasRole("reader"));
        Page<SearchHit> page = result.page();
        RestResponse<Page<SearchHit>> paged = PagedResponse.of(page, uri);
        RestResponse.ResponseBuilder<SearchPage> response = RestResponse.ResponseBuilder.ok(new SearchPage(
                page.items(), page.page(), page.nextCursor(), result.relaxed()));
        paged.getHeaders().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        if (result.indexCurrent()) {
            return response.build();
        }
        response.header(INDEX_HEADER, "behind");
        if (!identity.isAnonymous()) {
            // Token holders' answers are private, no-store anyway (CacheControlFilter).
            return response.build();
        }
        // Right for now, but not to be kept: the response cache would serve it until the next write.
        return response.header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** The search body, named for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "SearchPage")
    record SearchPage(List<SearchHit> items, Page.PageInfo page,
            @Schema(nullable = true, description = "null on the last page") String nextCursor,
            @Schema(description = "true when fewer than 5 posts matched every word, so posts matching only some "
                    + "of them were searched too (those matching more words rank first); false when every hit "
                    + "matches every word", examples = "false")
            boolean relaxed) {
    }
}
