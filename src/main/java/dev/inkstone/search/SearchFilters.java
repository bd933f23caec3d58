package dev.inkstone.search;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.inkstone.post.PostScope;

/** The query parameters of a search, as sent; {@link SearchService} validates them. */
public class SearchFilters extends PostScope {

    @QueryParam("q")
    @Parameter(required = true, description = "What to find, up to 100 characters. Chinese needs no spaces; words "
            + "and \"quoted phrases\" separated by spaces are matched each, posts matching more of them rank higher. "
            + "Empty is a 400; text with nothing searchable in it (only punctuation) finds nothing.",
            example = "自主学习")
    public String q;

    @QueryParam("type")
    @Parameter(description = "What to search: post (the default), page, or both (post,page, or the parameter "
            + "repeated), ranked together. Pages have no tags or categories, so a tag or category filter finds no "
            + "page; author, status and publication dates filter pages as posts. Anything else is a 400 naming type.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = SearchType.class))
    public List<String> type;

    @QueryParam("tag")
    @Parameter(description = "Tag slugs (repeat the parameter or separate with commas); posts with any of them. "
            + "Unknown slugs are a 400; without a token, so are tags no published post carries.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> tag;

    @QueryParam("author")
    @Parameter(description = "Author slugs (repeat the parameter or separate with commas); posts by any of them. "
            + "Unknown slugs are a 400; without a token, so are authors of no published post.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> author;
}
