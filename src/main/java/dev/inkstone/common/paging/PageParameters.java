package dev.inkstone.common.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list takes: page paging, or keyset paging with a cursor. Read as text so that a bad value is our own 400 naming the
 * parameter rather than a framework error.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(description = "Page number, from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("perPage")
    @Parameter(description = "Items per page, 1 to 100; more is a 400, never a silent cut",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "10"))
    public String perPage;

    @QueryParam("cursor")
    @Parameter(description = "Keyset paging: the nextCursor of the previous page; exclusive with page")
    public String cursor;

    public PageRequest toRequest() {
        return PageRequest.parse(page, perPage, cursor);
    }
}
