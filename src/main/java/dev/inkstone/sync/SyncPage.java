package dev.inkstone.sync;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer of GET /api/v1/sync. */
@Schema(name = "SyncPage")
public record SyncPage(
        @Schema(description = "In the order to apply them; at most limit items, possibly fewer (even none) while "
                + "hasMore is true") List<Change> changes,
        @Schema(description = "Pass as since on the next call. When hasMore is false, keep it: a later call with it "
                + "returns only what changed after this answer",
                examples = "MS5ta2RndGFsYy5wLkwuMWwucC5oLm1rZjhlZnI0Lm1rZjhlZnI0Lm1rZjhlZnI0LjA")
        String nextSince,
        @Schema(description = "Whether more changes are waiting now: call again with nextSince until it is false",
                examples = "false") boolean hasMore) {
}
