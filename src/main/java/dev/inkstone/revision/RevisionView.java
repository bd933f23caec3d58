package dev.inkstone.revision;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision with the post as that write left it. */
@Schema(name = "Revision")
public record RevisionView(
        @Schema(examples = "31") long id,
        @Schema(examples = "42") long postId,
        @Schema(examples = "3") long postVersion,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt,
        @Schema(examples = "editor-laofan") String actor,
        @Schema(examples = "[\"title\", \"markdown\"]") List<String> changedFields,
        RevisionSnapshot post) {

    static RevisionView of(RevisionSummary summary, RevisionSnapshot snapshot) {
        return new RevisionView(summary.id(), summary.postId(), summary.postVersion(), summary.createdAt(),
                summary.actor(), summary.changedFields(), snapshot);
    }
}
