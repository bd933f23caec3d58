package dev.inkstone.page;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that narrow and order a page list, as sent; {@link PageService} validates them. */
public class PageFilters {

    @QueryParam("status")
    @Parameter(description = "published (default), or with a token: draft, scheduled, any",
            schema = @Schema(enumeration = { "published", "draft", "scheduled", "any" }))
    public String status;

    @QueryParam("parent")
    @Parameter(description = "A page id: only its direct children; none: only top-level pages. Absent: all pages",
            example = "none")
    public String parent;

    @QueryParam("sort")
    @Parameter(description = "Sort field, '-' for descending, ties broken by id. Default menuOrder (menus list "
            + "pages in this order); publishedAt only for published and scheduled pages.",
            schema = @Schema(enumeration = { "menuOrder", "-menuOrder", "-publishedAt", "publishedAt", "-updatedAt",
                    "updatedAt", "title", "-title", "id", "-id" }))
    public String sort;
}
