package dev.inkstone.revision;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a revision differs from the current post or another revision: field by field, and the markdown by line. */
@Schema(name = "RevisionDiff")
public record RevisionDiff(
        @Schema(examples = "31") long revisionId,
        @Schema(description = "\"current\" or the other revision's id", examples = "current") String against,
        @Schema(description = "The fields that differ, markdown excepted (see markdownDiff); tags and categories "
                + "differ when their ids do") List<FieldChange> fields,
        @Schema(description = "Whether the markdown differs", examples = "true") boolean markdownChanged,
        @Schema(description = "A unified diff (3 lines of context) from the revision's markdown to the other's; "
                + "empty when they are equal", examples = "[\"--- revision 31\", \"+++ current\", \"@@ -1,1 +1,1 @@\", "
                + "\"-旧的第一段\", \"+新的第一段\"]") List<String> markdownDiff) {

    /** One differing field: its value in the revision, and in what it is compared with. */
    @Schema(name = "RevisionFieldChange")
    public record FieldChange(
            @Schema(examples = "title") String field,
            @Schema(nullable = true, description = "The value in the revision: a string, an instant, an image id, "
                    + "or the list of tags or categories", oneOf = { String.class, Long.class,
                            RevisionSnapshot.Term[].class }) Object from,
            @Schema(nullable = true, description = "The value in what the revision is compared with",
                    oneOf = { String.class, Long.class, RevisionSnapshot.Term[].class }) Object to) {
    }
}
