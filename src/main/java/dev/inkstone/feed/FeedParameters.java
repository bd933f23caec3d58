package dev.inkstone.feed;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every feed request names: the format, by file name, and how many posts. */
public class FeedParameters {

    @PathParam("file")
    @Parameter(description = "rss.xml (RSS 2.0), atom.xml (Atom 1.0) or feed.json (JSON Feed 1.1)",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "rss.xml", "atom.xml", "feed.json" }))
    public String file;

    @QueryParam("limit")
    @Parameter(description = "How many of the newest published posts, 1-100 (more is a 400)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
    public String limit;

    int limit() {
        return FeedLimit.parse(limit);
    }
}
