package dev.inkstone.post;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters that narrow which posts a request covers, shared by post lists ({@link PostFilters}) and
 * search, as sent; the services validate them.
 */
public class PostScope {

    @QueryParam("status")
    @Parameter(description = "published (default), or with a token: draft, scheduled, any",
            schema = @Schema(enumeration = { "published", "draft", "scheduled", "any" }))
    public String status;

    @QueryParam("category")
    @Parameter(description = "A category slug; includes posts filed in its descendants. An unknown slug is a 400; "
            + "without a token, so is a category with no published post in it or below it")
    public String category;

    @QueryParam("publishedAfter")
    @Parameter(description = "Only posts published after this instant (exclusive), ISO-8601 with offset",
            example = "2026-01-01T00:00:00Z")
    public String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(description = "Only posts published before this instant (exclusive), ISO-8601 with offset",
            example = "2026-02-01T00:00:00Z")
    public String publishedBefore;
}
