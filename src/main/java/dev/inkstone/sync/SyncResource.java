package dev.inkstone.sync;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.inkstone.common.error.ApiException;

/** Delta sync over HTTP, for offline and mobile clients. */
@Path("/api/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class SyncResource {

    private final SyncService sync;
    private final SecurityIdentity identity;

    SyncResource(SyncService sync, SecurityIdentity identity) {
        this.sync = sync;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Changes since a sync token", description = """
            Everything created, changed or deleted since `since`, for clients that keep a copy of the blog. \
            Without `since` the answer starts a first sync: every published post (with markdown and html), tag and \
            category, in pages. Call again with `nextSince` while `hasMore` is true; then keep the last \
            `nextSince` and send it later to receive only what changed after it, again in pages.

            An upsert carries the full current view in the field named by its type (`post`, `tag` or \
            `category`); replace any copy with that type and id. A delete is a tombstone of type and id: the \
            resource was deleted, or is no longer visible to the caller (an unpublished post, for anonymous \
            callers). Apply changes in order. A scheduled post arrives once its time has come, without any write.

            Anonymous callers receive published posts only, the tags and categories published posts use, and no \
            images; a post they could never have seen arrives neither as an upsert nor as a tombstone. With a \
            token of role reader or above, drafts, scheduled posts, every tag and category and the image library \
            arrive too. A token continues only with the same kind of caller.

            Only a resource's own changes are sent: renaming or deleting a tag, or renaming or moving a category, \
            does not re-send the posts that carry it. Resolve the `tags` and `categories` of a post by id against \
            the synced tags and categories (a tag's tombstone removes it from posts). A category's `path` is part \
            of its view: a rename or move re-sends the categories below it. `postCount` is as of when the tag or \
            category was last sent.

            A renamed post, tag or category lists the slugs it had before in `previousSlugs` (oldest first, up to \
            20): a read by one of them answers 301 to the current slug, so an offline copy can rewrite links that \
            use them. A slug another resource has since taken is no longer listed.

            Answers are `Cache-Control: no-cache`: a sync position moves with every write, so a stored answer \
            must be revalidated before it is reused.""")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = SyncPage.class),
                    examples = @ExampleObject(name = "delta", value = SyncExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<SyncPage> syncChanges(
            @Parameter(description = "nextSince of an earlier answer; absent for a first sync. A token this server "
                    + "cannot continue (malformed, from a recreated database, issued to the other kind of caller) is "
                    + "a 400 naming since: start again without it.") @QueryParam("since") String since,
            @Parameter(description = "Most changes in one answer, 1 to " + SyncService.MAX_LIMIT
                    + "; more is a 400, never a silent cut", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "" + SyncService.MAX_LIMIT,
                    defaultValue = "" + SyncService.DEFAULT_LIMIT)) @QueryParam("limit") String limit) {
        int size = limit(limit);
        SyncPage page = sync.page(since == null || since.isBlank() ? null : since.strip(), size,
                identity.hasRole("reader"));
        RestResponse.ResponseBuilder<SyncPage> response = RestResponse.ResponseBuilder.ok(page);
        if (identity.isAnonymous()) {
            // Token holders keep CacheControlFilter's private, no-store.
            response.header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        return response.build();
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return SyncService.DEFAULT_LIMIT;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("limit", "limit must be a whole number from 1 to " + SyncService.MAX_LIMIT);
        }
        if (value < 1 || value > SyncService.MAX_LIMIT) {
            throw ApiException.badParameter("limit", "limit must be from 1 to " + SyncService.MAX_LIMIT);
        }
        return value;
    }
}
