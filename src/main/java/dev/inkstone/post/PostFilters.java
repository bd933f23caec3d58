package dev.inkstone.post;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that narrow and order a post list, as sent; {@link PostService} validates them. */
public class PostFilters extends PostScope {

    @QueryParam("tag")
    @Parameter(description = "Tag slugs (repeat the parameter or separate with commas); posts with any of them, "
            + "or with all of them when tagMatch=all. Unknown slugs are a 400; without a token, so are tags no "
            + "published post carries.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> tag;

    @QueryParam("tagMatch")
    @Parameter(description = "any (default) or all", schema = @Schema(enumeration = { "any", "all" }))
    public String tagMatch;

    @QueryParam("author")
    @Parameter(description = "Author slugs (repeat the parameter or separate with commas); posts by any of them. "
            + "Unknown slugs are a 400; without a token, so are authors of no published post.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> author;

    @QueryParam("updatedAfter")
    @Parameter(description = "Only posts changed after this instant (exclusive), ISO-8601 with offset",
            example = "2026-01-14T00:00:00Z")
    public String updatedAfter;

    @QueryParam("featuredImage")
    @Parameter(description = "true: only posts with a featured image (stored or external); false: only posts without one",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String featuredImage;

    @QueryParam("sort")
    @Parameter(description = "Sort field, '-' for descending, ties broken by id. Default -publishedAt for "
            + "published and scheduled posts, -updatedAt for drafts and any (drafts have no publication date).",
            schema = @Schema(enumeration = { "-publishedAt", "publishedAt", "-updatedAt", "updatedAt", "title",
                    "-title", "id", "-id" }))
    public String sort;
}
