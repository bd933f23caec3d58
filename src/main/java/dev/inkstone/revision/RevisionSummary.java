package dev.inkstone.revision;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A revision in a post's history list: who changed what when, without the snapshot. */
@Schema(name = "RevisionSummary")
public record RevisionSummary(
        @Schema(examples = "31") long id,
        @Schema(examples = "42") long postId,
        @Schema(description = "The post's version right after the write", examples = "3") long postVersion,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt,
        @Schema(description = "The writing token's name, or the import job (\"import 12\")", examples = "editor-laofan")
        String actor,
        @Schema(description = "The fields the write changed; a create lists every field it set",
                examples = "[\"title\", \"markdown\"]") List<String> changedFields) {

    static RevisionSummary of(PostRevision revision) {
        return new RevisionSummary(revision.id, revision.postId, revision.postVersion, revision.createdAt,
                revision.actor, Arrays.asList(revision.changedFields.split(",")));
    }
}
